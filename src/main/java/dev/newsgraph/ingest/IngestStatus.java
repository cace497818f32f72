package dev.newsgraph.ingest;

import org.eclipse.microprofile.graphql.Description;

@Description("What an ingest did with the article of its url.")
public enum IngestStatus {
    @Description("The url was new: a new article was stored.")
    CREATED,
    @Description("The url was known and its content changed: the article was parsed and stored again.")
    UPDATED,
    @Description("The url was known with the same content: nothing was written.")
    UNCHANGED
}
