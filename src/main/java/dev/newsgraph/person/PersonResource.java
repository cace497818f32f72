package dev.newsgraph.person;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleConnection;
import dev.newsgraph.article.ArticleFilter;
import dev.newsgraph.article.ArticleQueries;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.SqlListing;
import dev.newsgraph.quote.QuoteConnection;
import dev.newsgraph.quote.QuoteFilter;
import dev.newsgraph.quote.QuoteQueries;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import dev.newsgraph.security.ReadAccess;

@GraphQLApi
@ReadAccess
public class PersonResource {

    @Inject
    PersonQueries persons;

    @Inject
    ArticleQueries articles;

    @Inject
    QuoteQueries quotes;

    @Query
    @Description("The person with this id; null when there is none.")
    public Person person(@Description("A Person.id.") @NonNull @Id String id) {
        return persons.byId(Ids.parse(id, "id"));
    }

    @Query
    @Description("Persons by name, A to Z; search matches any part of a name or alias, ignoring case.")
    @NonNull
    public PersonConnection persons(
            @Description("Part of a name or alias, any case; omit for everyone.") String search,
            @Description("How many items to return: 1 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (an endCursor or edge cursor of the same list); omit for the first page.") String after) {
        return PersonConnection.of(persons.list(search, first, after));
    }

    @Name("articles")
    @Description("The articles that name this person, newest first.")
    @NonNull
    public ArticleConnection articlesOf(@Source Person person,
            @Description("How many items to return: 1 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (an endCursor or edge cursor of the same list); omit for the first page.") String after) {
        return ArticleConnection.of(articles.list(ArticleFilter.byPerson(person.id), first, after));
    }

    @Name("quotes")
    @Description("What this person said, newest first.")
    @NonNull
    public QuoteConnection quotesOf(@Source Person person,
            @Description("How many items to return: 1 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (an endCursor or edge cursor of the same list); omit for the first page.") String after) {
        return QuoteConnection.of(quotes.list(QuoteFilter.bySpeaker(person.id), first, after));
    }

    @Name("persons")
    @Description("The persons the article names, in order of first mention.")
    @NonNull
    public List<@NonNull List<@NonNull PersonMention>> personsOf(@Source List<Article> sources) {
        return persons.mentionsOf(sources.stream().map(a -> a.id).toList());
    }

    @Name("person")
    @Description("The person named, with everything known about them across articles.")
    @NonNull
    public List<@NonNull Person> personOf(@Source List<PersonMention> mentions) {
        if (mentions.stream().allMatch(m -> m.person != null)) {
            return mentions.stream().map(m -> m.person).toList(); // read with the mentions
        }
        return SqlListing.lookUp(mentions.stream().map(m -> m.personId).toList(), persons::byIds, p -> p.id);
    }
}
