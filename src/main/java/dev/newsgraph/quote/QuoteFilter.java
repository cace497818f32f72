package dev.newsgraph.quote;

import dev.newsgraph.parse.QuoteKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("QuoteFilter")
@Description("Conditions a quote must meet; all given ones apply.")
public class QuoteFilter {

    @Description("Only quotes of this person (a Person.id).")
    @Id
    public String speakerId;

    @Description("Only quotes whose text matches these words (PostgreSQL full-text search, English stemming).")
    public String search;

    @Description("Only quotes of this kind.")
    public QuoteKind kind;

    public static QuoteFilter bySpeaker(long speakerId) {
        QuoteFilter filter = new QuoteFilter();
        filter.speakerId = Long.toString(speakerId);
        return filter;
    }
}
