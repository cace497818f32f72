package dev.newsgraph.story;

import dev.newsgraph.article.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Keeps stories right as articles are stored, re-parsed and deleted, inside the transaction that changes the article:
 * an article is never committed without its story, and a failed placement rolls the article back with it. (A durable
 * queue would let ingest commit without waiting for the story lock, but articles would then be storyless until a
 * worker caught up, and the queue would need its own retries and crash recovery; placement takes a few milliseconds.)
 */
@ApplicationScoped
public class StoryAssigner {

    private final StoryStore store = new StoryStore();

    @Inject
    EntityManager em;

    @Inject
    Event<StoryUpdated> updated;

    /** A newly stored article (flushed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(Article article) {
        long story = em.unwrap(Session.class).doReturningWork(c -> store.place(c, ArticleFacts.of(article)).storyId());
        updated.fire(new StoryUpdated(story));
    }

    /** An article whose stored parse was rewritten (flushed): it and the rest of its story are placed again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(Article article) {
        fire(em.unwrap(Session.class).doReturningWork(c -> store.detach(c, article.id, true)));
    }

    /** An article about to be deleted: its story is placed again without it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detach(long articleId) {
        fire(em.unwrap(Session.class).doReturningWork(c -> store.detach(c, articleId, false)));
    }

    /** Places the articles that have no story yet, of those given (in id order); returns how many it placed. */
    @Transactional
    public int placeUnplaced(List<Long> articleIds) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            store.lock(c);
            int placed = 0;
            for (ArticleFacts facts : store.facts(c, store.unplaced(c, articleIds))) {
                store.place(c, facts);
                placed++;
            }
            return placed;
        });
    }

    /** Deletes every story (recomputeStories places all articles again afterwards). */
    @Transactional
    public void clear() {
        em.unwrap(Session.class).doWork(store::clear);
    }

    private void fire(Set<Long> stories) {
        stories.forEach(id -> updated.fire(new StoryUpdated(id)));
    }
}
