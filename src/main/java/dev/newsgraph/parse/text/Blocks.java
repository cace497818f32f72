package dev.newsgraph.parse.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a text dump into blocks of non-blank lines, and blocks into paragraphs. */
final class Blocks {

    private static final int WRAP_MIN = 50;
    private static final int WRAP_MAX = 100;

    private Blocks() {
    }

    static List<List<String>> of(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String line = raw.replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.replaceAll("\\s+", " "));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /**
     * One paragraph a line, except in hard-wrapped text, where every line but the last of a block is about as
     * long as the wrap width: then the block is one paragraph.
     */
    static List<String> paragraphs(List<String> lines) {
        if (lines.size() > 1 && hardWrapped(lines)) {
            return List.of(String.join(" ", lines));
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean hardWrapped(List<String> lines) {
        for (int i = 0; i < lines.size() - 1; i++) {
            int length = lines.get(i).length();
            if (length < WRAP_MIN || length > WRAP_MAX) {
                return false;
            }
        }
        return lines.get(lines.size() - 1).length() <= WRAP_MAX;
    }
}
