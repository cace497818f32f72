package dev.newsgraph.story;

import dev.newsgraph.person.Person;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person as a whole story names them.")
public record StoryPerson(
        @Description("The person, with everything known about them across articles.") @NonNull Person person,
        @Description("How many times the story's articles name this person, summed over the articles.") int mentions,
        @Description("How many of the story's articles name this person.") int articleCount) {
}
