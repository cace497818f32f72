package dev.newsgraph.parse;

import org.eclipse.microprofile.graphql.Description;

@Description("How to read a document's content.")
public enum DocumentFormat {
    @Description("Detect it: HTML when markup appears near the start, else plain text.")
    AUTO,
    @Description("An HTML page as served.")
    HTML,
    @Description("A plain-text dump: title, then blank-line separated blocks.")
    TEXT
}
