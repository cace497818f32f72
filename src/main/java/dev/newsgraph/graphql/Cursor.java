package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last row seen, tagged with the ordering it belongs to, so that a
 * cursor taken from one listing is refused by another.
 */
public record Cursor(String ordering, List<String> keys) {

    private static final String SEPARATOR = "\u001f";

    public String encode() {
        String raw = ordering + SEPARATOR + String.join(SEPARATOR, keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor of(String ordering, Object... keys) {
        return new Cursor(ordering, java.util.Arrays.stream(keys).map(String::valueOf).toList());
    }

    /** Null for a null cursor; a BAD_USER_INPUT error when it is not one this ordering issued. */
    public static Cursor decode(String cursor, String ordering, int keyCount) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(SEPARATOR, -1);
            if (parts.length == keyCount + 1 && parts[0].equals(ordering) && raw.indexOf('\u0000') < 0) {
                return new Cursor(ordering, List.of(parts).subList(1, parts.length));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new BadUserInputException("Bad cursor: pass the endCursor or an edge cursor of the same listing as 'after'.");
    }

    public String key(int index) {
        return keys.get(index);
    }

    public long longKey(int index) {
        try {
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw new BadUserInputException("Bad cursor: it does not belong to this listing.");
        }
    }
}
