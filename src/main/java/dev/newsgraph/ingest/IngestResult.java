package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.ApiException;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The outcome of ingesting one document. In a batch, a refused document is a result that carries its failure: reading
 * its status raises the failure, so the error lands at the document's index and the element resolves to null.
 */
@Description("What ingesting one document did.")
public class IngestResult {

    private final IngestStatus status;
    private final Article article;
    private final List<String> warnings;
    private final ApiException failure;

    private IngestResult(IngestStatus status, Article article, List<String> warnings, ApiException failure) {
        this.status = status;
        this.article = article;
        this.warnings = warnings;
        this.failure = failure;
    }

    public static IngestResult of(IngestStatus status, Article article) {
        return new IngestResult(status, article, List.copyOf(article.warnings), null);
    }

    static IngestResult failed(ApiException failure) {
        return new IngestResult(null, null, List.of(), failure);
    }

    @Description("Whether the article was created, updated or left as it was.")
    @NonNull
    public IngestStatus getStatus() {
        if (failure != null) {
            throw failure;
        }
        return status;
    }

    @Description("The stored article, as it is now.")
    @NonNull
    public Article getArticle() {
        return article;
    }

    @Description("Things the parser could not find or had to guess (no date found, ...).")
    @NonNull
    public List<@NonNull String> getWarnings() {
        return warnings;
    }

    @Ignore
    public boolean isFailed() {
        return failure != null;
    }
}
