package dev.newsgraph.quote;

import dev.newsgraph.parse.QuoteKind;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("QuoteFilter")
public class QuoteFilter {

    @Id
    public String speakerId;

    public String search;

    public QuoteKind kind;

    public static QuoteFilter bySpeaker(long speakerId) {
        QuoteFilter filter = new QuoteFilter();
        filter.speakerId = Long.toString(speakerId);
        return filter;
    }
}
