package dev.newsgraph.editorial;

import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SqlListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Editorial items, most recently listed first (keyset on id). */
@ApplicationScoped
@Transactional
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
        String keyset = request.after() == null ? null : "e.id < :afterId";
        Map<String, Object> keysetParams = request.after() == null ? Map.of()
                : Map.of("afterId", request.after().longKey(0));
        List<Object[]> rows = listing.page(em, "e.id", keyset, keysetParams, "e.id desc", request.fetchSize());
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        List<EditorialItem> items = SqlListing.inOrder(ids, list -> EditorialItem.list("id in ?1", list), e -> e.id);
        return Page.of(items, request, e -> Cursor.of(ORDERING, e.id), listing.count(em));
    }

    public List<List<EditorialItem>> itemsOf(List<Long> articleIds) {
        List<EditorialItem> items = EditorialItem.list("articleId in ?1 order by articleId, position", articleIds);
        return SqlListing.groupedBy(articleIds, items, e -> e.articleId);
    }
}
