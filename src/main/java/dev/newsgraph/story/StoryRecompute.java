package dev.newsgraph.story;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Places articles that have no story: all of them after {@link #recomputeAll} (when the method changed), and at
 * start-up those stored before stories existed. Batches of {@value #BATCH} articles in id (ingest) order, one
 * transaction each.
 */
@ApplicationScoped
public class StoryRecompute {

    private static final Logger LOG = Logger.getLogger(StoryRecompute.class);
    static final int BATCH = 200;

    @Inject
    StoryAssigner assigner;

    @Inject
    EntityManager em;

    /** Deletes every story and places every article again, in ingest order; returns how many were placed. */
    public int recomputeAll() {
        assigner.clear();
        return placeUnplaced();
    }

    /** Places every article without a story, oldest id first; returns how many. */
    public int placeUnplaced() {
        int placed = 0;
        long after = 0;
        while (true) {
            List<Long> batch = unplacedAfter(after);
            if (batch.isEmpty()) {
                return placed;
            }
            placed += assigner.placeUnplaced(batch);
            after = batch.get(batch.size() - 1);
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Long> unplacedAfter(long after) {
        return ((List<Number>) em.createNativeQuery("select a.id from article a where a.id > :after and not exists"
                + " (select 1 from story_article sa where sa.article_id = a.id) order by a.id limit " + BATCH)
                .setParameter("after", after).getResultList()).stream().map(Number::longValue).toList();
    }

    void onStart(@Observes StartupEvent start) {
        Thread.ofPlatform().daemon().name("story-backfill").start(() -> {
            try {
                int placed = placeUnplaced();
                if (placed > 0) {
                    LOG.infof("Placed %d articles stored before stories existed", placed);
                }
            } catch (RuntimeException e) {
                LOG.warn("Placing articles without a story failed; recomputeStories places them", e);
            }
        });
    }
}
