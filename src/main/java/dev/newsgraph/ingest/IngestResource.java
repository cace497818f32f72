package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.security.IngestAuthorization;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import dev.newsgraph.security.ReadAccess;

@GraphQLApi
@ReadAccess
public class IngestResource {

    @Inject
    IngestService ingest;

    @Inject
    IngestAuthorization authorization;

    @Inject
    IngestBroadcast broadcast;

    @Query
    @Description("The parse of a document, without storing anything.")
    @NonNull
    public ParsedDocumentView parseDocument(@Description("The document to parse.") @NonNull DocumentInput input) {
        return ParsedDocumentView.of(ingest.parse(input));
    }

    @Mutation
    @Description("Parse and store one document; ingesting a url again updates its article. Needs the ingest role.")
    @NonNull
    public IngestResult ingestDocument(@Description("The document as fetched.") @NonNull DocumentInput input) {
        authorization.requireIngestRole();
        return ingest.ingest(input);
    }

    @Mutation
    @Description("Each document in its own transaction; a bad one yields an error at its index and null there, the others are stored.")
    @NonNull
    public List<IngestResult> ingestDocuments(
            @Description("At most newsgraph.ingest.max-batch-size (default 100) documents.") @NonNull List<@NonNull DocumentInput> inputs) {
        authorization.requireIngestRole();
        return ingest.ingestAll(inputs);
    }

    @Mutation
    @Description("Delete an article with its quotes, mentions, editorial items and raw document; true when done. Needs the ingest role.")
    public boolean deleteArticle(@Description("An Article.id.") @NonNull @Id String id) {
        authorization.requireIngestRole();
        ingest.delete(Ids.parse(id, "id"));
        return true;
    }

    @Mutation
    @Description("Re-run the current parser over stored raw documents (all when ids is null); returns how many were reprocessed.")
    public int reprocessArticles(@Description("Article ids to reprocess; null for all articles.") @Id List<String> ids) {
        authorization.requireIngestRole();
        return ingest.reprocess(ids == null ? null : Ids.parseAll(ids, "ids"));
    }

    @Subscription
    @Description("Each article as it is created or updated.")
    @NonNull
    public Multi<@NonNull Article> articleIngested() {
        return broadcast.stream();
    }
}
