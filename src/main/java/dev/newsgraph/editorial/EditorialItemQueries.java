package dev.newsgraph.editorial;

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

/** Editorial items, most recently listed first (keyset on id). */
@ApplicationScoped
// Reads run in no transaction: one request-scoped session per GraphQL request, autocommit statements, no
// BEGIN/COMMIT around each batched resolver. The annotation only matters where no request is active (subscriptions).
@ActivateRequestContext
@RetriedOnStaleConnection
public class EditorialItemQueries {

    private static final String ORDERING = "editorial-newest";

    @Inject
    EntityManager em;

    public Page<EditorialItem> list(EditorialItemFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, ORDERING, 1);
        SqlListing listing = new SqlListing("editorial_item e");
        if (filter != null) {
            if (filter.section != null) {
                listing.where("lower(e.section) = lower(:section)", "section", filter.section.strip());
            }
            if (filter.source != null) {
                listing.where("e.source = :source", "source", filter.source);
            }
            if (filter.from != null) {
                listing.where("e.date >= :from", "from", filter.from);
            }
            if (filter.to != null) {
                listing.where("e.date <= :to", "to", filter.to);
            }
            if (filter.search != null && !filter.search.isBlank()) {
                listing.where("to_tsvector('english', e.title || ' ' || coalesce(e.teaser, '')) "
                        + "@@ websearch_to_tsquery('english', :search)", "search", filter.search.strip());
            }
        }
        return listing.newestFirst(em, "e.id", request, ORDERING,
                ids -> EntityLookups.byIds(em, EditorialItem.class, ids), e -> e.id);
    }

    public List<List<EditorialItem>> itemsOf(List<Long> articleIds) {
        List<EditorialItem> items = EntityLookups.where(em, EditorialItem.class, "articleId", articleIds,
                "articleId, position");
        return SqlListing.groupedBy(articleIds, items, e -> e.articleId);
    }
}
