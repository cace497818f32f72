package dev.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import dev.newsgraph.person.PersonRows;
import dev.newsgraph.quote.QuoteRows;

/**
 * The statements of the article list query (the page of article rows with its count, their mentions with their
 * persons, their quotes)
 * use indexes at 100,000 articles: seeded with generate_series in one transaction that is rolled back afterwards.
 */
@QuarkusTest
class ListingPlanTest {

    private static final Pattern SEQ_SCAN_OF_A_GROWING_TABLE = Pattern
            .compile("Seq Scan on (article|person|person_mention|quote)\\b");

    @Test
    void listQueryUsesIndexScansOnlyAtOneHundredThousandArticles() throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                seed(s);
                List<String> ids = column(s, "select id from article order by sort_date desc, id desc limit 20");
                String idArray = "array[" + String.join(",", ids) + "]::bigint[]";
                String total = ", (select coalesce(sum(n), 0) from row_count where table_name = 'article') as listing_total";
                String byPerson = "exists (select 1 from person_mention m where m.article_id = a.id and m.person_id ="
                        + " (select min(id) from person))";
                List<String> statements = List.of(
                        "select " + ArticleRows.COLUMNS + total + " from article a"
                                + " order by a.sort_date desc, a.id desc limit 21",
                        "select " + ArticleRows.COLUMNS + total + " from article a where (a.sort_date, a.id) <"
                                + " (date '2019-06-01', 50000) order by a.sort_date desc, a.id desc limit 21",
                        "select " + ArticleRows.COLUMNS + ", (select count(*) from (select 1 from article a where "
                                + byPerson + " limit 10000) limited) as listing_total from article a where " + byPerson
                                + " order by a.sort_date desc, a.id desc limit 21",
                        "select " + ArticleRows.COLUMNS + " from article a where a.id = any(" + idArray + ")",
                        "select " + PersonRows.MENTION_COLUMNS + " from person_mention m join person p on"
                                + " p.id = m.person_id where m.article_id = any(" + idArray + ")"
                                + " order by m.article_id, m.position",
                        "select " + QuoteRows.COLUMNS + " from quote q where q.article_id = any(" + idArray + ")"
                                + " order by q.article_id, q.position",
                        "select id from article where url = 'https://plan.example.org/77' or canonical_url ="
                                + " 'https://plan.example.org/77' order by id limit 1");
                for (String sql : statements) {
                    String plan = String.join("\n", column(s, "explain " + sql));
                    assertFalse(SEQ_SCAN_OF_A_GROWING_TABLE.matcher(plan).find(), sql + "\n" + plan);
                    assertTrue(plan.contains("Index"), sql + "\n" + plan);
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** 100,000 articles, 10,000 persons, two mentions and two quotes per article. */
    private static void seed(Statement s) throws SQLException {
        s.execute("""
                insert into article (identity_key, url, source, title, body, content_hash, sort_date, published_date,
                    ingested_at, updated_at)
                select 'plan-' || g, 'https://plan.example.org/' || g, 'plan', 'Story ' || g, 'Body ' || g, 'hash',
                    date '2020-01-01' - (g % 4000), date '2020-01-01' - (g % 4000), now(), now()
                from generate_series(1, 100000) g""");
        s.execute("""
                insert into person (name, normalized_name)
                select 'Plan Person ' || g, 'plan person ' || g from generate_series(1, 10000) g""");
        s.execute("""
                insert into person_mention (article_id, person_id, mentions, position)
                select a.id, p.first + (a.id + k) % 10000, 1, k
                from article a, (select min(id) as first from person where normalized_name like 'plan person %') p,
                    generate_series(0, 1) k
                where a.source = 'plan'""");
        s.execute("""
                insert into quote (article_id, text, kind, paragraph, position)
                select a.id, 'Words ' || k, 'DIRECT', 0, k from article a, generate_series(0, 1) k
                where a.source = 'plan'""");
        s.execute("analyze article, person, person_mention, quote");
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
