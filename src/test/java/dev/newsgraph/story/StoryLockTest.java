package dev.newsgraph.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsgraph.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two transactions, as two replicas run them, place copies of one article at the same moment: the second waits for
 * the first to commit and joins its story (without the lock it would not see the first and open a story of its own).
 */
@QuarkusTest
class StoryLockTest {

    @Test
    void aSecondPlacementWaitsForTheFirstAndJoinsItsStory() throws Exception {
        StoryTexts event = new StoryTexts();
        StoryStore store = new StoryStore();
        try (Connection first = TestDatabase.connect(); Connection second = TestDatabase.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            ArticleFacts a = facts(article(first), event);
            long storyOfA = store.place(first, a).storyId(); // holds the lock until commit
            ArticleFacts b = facts(article(second), event);
            CompletableFuture<StoryStore.Placement> placingB = CompletableFuture.supplyAsync(() -> {
                try {
                    StoryStore.Placement p = store.place(second, b);
                    second.commit();
                    return p;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1000);
            assertFalse(placingB.isDone(), "the second placement waits for the first transaction");
            first.commit();
            StoryStore.Placement placed = placingB.get(30, TimeUnit.SECONDS);
            assertEquals(storyOfA, placed.storyId());
            assertEquals(a.id(), placed.copyOf());
        }
    }

    private static long article(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into article (identity_key, title, content_hash,"
                + " sort_date, ingested_at, updated_at) values (gen_random_uuid()::text, 'Lock test', 'hash',"
                + " current_date, now(), now()) returning id"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ArticleFacts facts(long id, StoryTexts event) {
        return new ArticleFacts(id, event.headline(), null, event.wire(), null, LocalDate.of(2028, 2, 2),
                OffsetDateTime.now(ZoneOffset.UTC), "https://lock" + id + ".example.org/a", null, null);
    }

}
