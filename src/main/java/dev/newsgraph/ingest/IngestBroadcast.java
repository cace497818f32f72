package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Pushes each committed ingest to the subscribers of {@code articleIngested}. */
@ApplicationScoped
public class IngestBroadcast {

    private final BroadcastProcessor<Article> processor = BroadcastProcessor.create();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleIngested event) {
        processor.onNext(event.article());
    }

    /** A subscriber that cannot keep up misses articles rather than failing its subscription. */
    public Multi<Article> stream() {
        return processor.onOverflow().drop();
    }
}
