package dev.newsgraph.graphql;

/** Ids are database keys exposed as opaque GraphQL IDs. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String id, String argument) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new BadUserInputException(argument + " is not a valid id: " + id);
        }
        return Long.parseLong(id);
    }

    /** SmallRye cannot declare a nullable list of non-null IDs, so null elements are refused here. */
    public static java.util.List<Long> parseAll(java.util.List<String> ids, String argument) {
        return ids.stream().map(id -> parse(id, argument)).toList();
    }

    public static Long parseOptional(String id, String argument) {
        return id == null ? null : parse(id, argument);
    }
}
