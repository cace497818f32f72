package dev.newsgraph.person;

import dev.newsgraph.db.Reads;
import dev.newsgraph.db.Sql;
import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.EntityLookups;
import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SqlListing;
import jakarta.enterprise.context.control.ActivateRequestContext;
import dev.newsgraph.db.RetriedOnStaleConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Persons by name (keyset on lower(name), id), and the mentions that tie them to articles. */
@ApplicationScoped
// Reads run in no transaction: one request-scoped session per GraphQL request, autocommit statements, no
// BEGIN/COMMIT around each batched resolver. The annotation only matters where no request is active (subscriptions).
@ActivateRequestContext
@RetriedOnStaleConnection
public class PersonQueries {

    private static final String ORDERING = "person-name";

    @Inject
    EntityManager em;

    @Inject
    Reads reads;

    public Person byId(long id) {
        return Person.findById(id);
    }

    public List<Person> byIds(List<Long> ids) {
        return EntityLookups.byIds(em, Person.class, ids);
    }

    /** {@code search} matches any part of the name or an alias, ignoring case. */
    public Page<Person> list(String search, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, ORDERING, 2);
        SqlListing listing = new SqlListing("person p");
        String order = "lower(p.name), p.id";
        if (search != null && !search.isBlank()) {
            String pattern = "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            // search_text (V7_2, V7_3): lower(name), a separator no search contains, the aliases; trigram-indexed
            listing.where("p.search_text like :pattern", "pattern", pattern);
            if (search.strip().length() >= 3) {
                // Matches clustered in name order (all "John ..." together) make walking the name index past
                // non-matches far dearer than the planner thinks: an order the index cannot give makes it take the
                // trigram matches and sort them. Shorter searches have no trigram and keep the index walk.
                order = "lower(p.name) || '', p.id";
            }
        }
        String keyset = null;
        Map<String, Object> keysetParams = Map.of();
        if (request.after() != null) {
            keyset = "(lower(p.name), p.id) > (:afterName, :afterId)";
            keysetParams = Map.of("afterName", request.after().key(0), "afterId", request.after().longKey(1));
        }
        List<Object[]> rows = listing.page(em, "p.id", keyset, keysetParams, order,
                request.fetchSize());
        List<Person> persons = byIds(SqlListing.ids(rows));
        return Page.of(persons, request, p -> Cursor.of(ORDERING, p.name.toLowerCase(Locale.ROOT), p.id),
                listing.count(em, request));
    }

    /** The mentions of these articles with their persons, in one statement. */
    public List<List<PersonMention>> mentionsOf(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<PersonMention> mentions = reads.list(Sql.named("select " + PersonRows.MENTION_COLUMNS
                + " from person_mention m join person p on p.id = m.person_id where m.article_id = any(:articles)"
                + " order by m.article_id, m.position", Map.of("articles", articleIds)), PersonRows::mention);
        return SqlListing.groupedBy(articleIds, mentions, m -> m.articleId);
    }
}
