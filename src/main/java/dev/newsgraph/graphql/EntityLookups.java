package dev.newsgraph.graphql;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Loads the entities of a batch of keys in one query. Both binds the keys as one list: Hibernate's multi-load sends a
 * single array parameter, and {@code setParameterList} skips the per-call type probe that a positional Panache
 * parameter pays for (it throws and catches an exception on every call).
 */
public final class EntityLookups {

    private EntityLookups() {
    }

    /** The entities with these ids, in the order of {@code ids}; ids with no row are left out. */
    public static <T> List<T> byIds(EntityManager em, Class<T> type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).findMultiple(type, ids).stream().filter(Objects::nonNull).toList();
    }

    /** The entities whose {@code attribute} is one of {@code keys}, ordered by {@code orderBy}. */
    public static <T> List<T> where(EntityManager em, Class<T> type, String attribute, List<Long> keys,
            String orderBy) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class)
                .createSelectionQuery("from " + type.getSimpleName() + " where " + attribute + " in :keys order by "
                        + orderBy, type)
                .setParameterList("keys", keys).getResultList();
    }
}
