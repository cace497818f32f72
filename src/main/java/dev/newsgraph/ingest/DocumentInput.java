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

    @Description("The raw page: HTML, or a plain-text dump such as shared/samples/*.txt. UTF-8.")
    @NonNull
    public String content;

    @Description("AUTO detects HTML versus plain text.")
    @DefaultValue("AUTO")
    public DocumentFormat format = DocumentFormat.AUTO;

    @Description("Publication name, when the scraper knows it better than the page does.")
    public String source;

    public OffsetDateTime fetchedAt;
}
