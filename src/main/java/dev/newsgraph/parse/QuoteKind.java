package dev.newsgraph.parse;

import org.eclipse.microprofile.graphql.Description;

@Description("How a quote is reported.")
public enum QuoteKind {
    @Description("A whole sentence or more in quote marks.")
    DIRECT,
    @Description("A few quoted words inside the reporter's own sentence.")
    PARTIAL,
    @Description("Reported speech without quote marks: he said that ...")
    INDIRECT
}
