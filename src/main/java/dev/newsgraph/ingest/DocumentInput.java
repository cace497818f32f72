package dev.newsgraph.ingest;

import dev.newsgraph.parse.DocumentFormat;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DocumentInput")
@Description("A raw document as a scraper fetched it.")
public class DocumentInput {

    @Description("Where it was fetched from. The article's identity: ingesting the same url again updates that article.")
    public String url;

    @Description("The raw page: HTML, or a plain-text dump. UTF-8 text; C0 control characters other than tab and newlines are dropped.")
    @NonNull
    public String content;

    @Description("AUTO detects HTML versus plain text.")
    @DefaultValue("AUTO")
    public DocumentFormat format = DocumentFormat.AUTO;

    @Description("Publication name, when the scraper knows it better than the page does.")
    public String source;

    @Description("When the scraper fetched the page; kept with the raw document.")
    public OffsetDateTime fetchedAt;

    @Description("Store the page even when it is no article (pageType LISTING or OTHER); by default such a page is"
            + " refused with NOT_AN_ARTICLE and nothing is stored.")
    @DefaultValue("false")
    public Boolean acceptAnyPage = false;
}
