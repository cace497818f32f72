package dev.newsgraph.story;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Pushes each committed story change to the subscribers of {@code storyUpdated}. */
@ApplicationScoped
public class StoryBroadcast {

    private final BroadcastProcessor<Story> processor = BroadcastProcessor.create();

    @Inject
    StoryQueries stories;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryUpdated event) {
        Story story = stories.byId(event.storyId());
        if (story != null) { // merged into another story by a later placement
            processor.onNext(story);
        }
    }

    /** A subscriber that cannot keep up misses updates rather than failing its subscription. */
    public Multi<Story> stream() {
        return processor.onOverflow().drop();
    }
}
