package dev.newsgraph.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A forgiving JSON reader for the JSON-LD blocks of news pages, which are often hand-written: it accepts raw
 * newlines in strings, single quotes, unquoted keys, trailing or missing commas, comments and HTML comment
 * wrappers, and returns whatever it could read (maps, lists, strings, numbers, booleans, null). Never throws.
 */
final class JsonLdReader {

    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private JsonLdReader(String s) {
        this.s = s;
    }

    /** Every top-level value in the text (some pages concatenate several objects). */
    static List<Object> read(String text) {
        List<Object> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        JsonLdReader r = new JsonLdReader(text);
        try {
            while (true) {
                r.skipJunk();
                if (r.pos >= r.s.length()) {
                    break;
                }
                int before = r.pos;
                Object v = r.value(0);
                if (v instanceof Map || v instanceof List) {
                    out.add(v);
                }
                if (r.pos == before) {
                    r.pos++;
                }
            }
        } catch (RuntimeException e) {
            // keep what was read so far
        }
        return out;
    }

    /** Skips anything up to the next '{' or '['. */
    private void skipJunk() {
        while (pos < s.length() && s.charAt(pos) != '{' && s.charAt(pos) != '[') {
            pos++;
        }
    }

    private Object value(int depth) {
        skipSpace();
        if (pos >= s.length() || depth > MAX_DEPTH) {
            return null;
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"', '\'' -> string(c);
            default -> bare();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                return map;
            }
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                return map;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == ']') { // mismatched bracket: end the object here
                return map;
            }
            String key;
            if (c == '"' || c == '\'') {
                key = string(c);
            } else {
                int start = pos;
                while (pos < s.length() && s.charAt(pos) != ':' && s.charAt(pos) != '}' && s.charAt(pos) != ',') {
                    pos++;
                }
                key = s.substring(start, pos).strip();
            }
            skipSpace();
            if (pos < s.length() && (s.charAt(pos) == ':' || s.charAt(pos) == '=')) {
                pos++;
                map.put(key, value(depth + 1));
            } else if (pos < s.length() && s.charAt(pos) != '}' && s.charAt(pos) != ',') {
                pos++;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                return list;
            }
            char c = s.charAt(pos);
            if (c == ']') {
                pos++;
                return list;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '}') {
                return list;
            }
            int before = pos;
            Object v = value(depth + 1);
            if (v != null) {
                list.add(v);
            }
            if (pos == before) {
                pos++;
            }
        }
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= s.length()) {
                break;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    if (pos + 4 <= s.length() && isHex(s, pos, pos + 4)) {
                        char decoded = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
                        if (decoded >= ' ' || decoded == '\n' || decoded == '\t' || decoded == '\r') {
                            out.append(decoded); // other C0 controls are never text
                        }
                        pos += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Numbers, true/false/null, or an unquoted word. */
    private Object bare() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ',' || c == '}' || c == ']' || c == '\n' || c == '\r') {
                break;
            }
            pos++;
        }
        String word = s.substring(start, pos).strip();
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null", "":
                return null;
            default:
                break;
        }
        try {
            return Long.valueOf(word);
        } catch (NumberFormatException ex) {
            try {
                return Double.valueOf(word);
            } catch (NumberFormatException ex2) {
                return word;
            }
        }
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
                pos++;
            } else if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '/') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '*') {
                int end = s.indexOf("*/", pos + 2);
                pos = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("<!--", pos) || s.startsWith("-->", pos)) {
                pos += s.charAt(pos) == '<' ? 4 : 3;
            } else {
                return;
            }
        }
    }
}
