package dev.newsgraph.graphql;

/** A validated {@code first}/{@code after} pair. Fetch {@link #fetchSize()} rows to learn whether a next page exists. */
public record PageRequest(int first, Cursor after) {

    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(Integer first, String after, String ordering, int keyCount) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadUserInputException("first must be between 1 and " + MAX_PAGE_SIZE + ", got " + size + ".");
        }
        return new PageRequest(size, Cursor.decode(after, ordering, keyCount));
    }

    public int fetchSize() {
        return first + 1;
    }
}
