package dev.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one split of a PolNeAR checkout ({@code data/<split>/text/<name>.txt} and the brat standoff files
 * {@code data/<split>/attributions/<name>_<annotator>.ann}). Most articles have one annotator; for the few that
 * several annotated, the annotation that shares the most cue spans with the others is used (ties: the lowest
 * annotator id), so every article counts once.
 */
final class PolnearCorpus {

    /** Character spans {@code [start, end)} of the article text; several when the annotation is discontinuous. */
    record Span(List<int[]> parts) {

        int start() {
            return parts.isEmpty() ? -1 : parts.get(0)[0];
        }

        String text(String article) {
            StringBuilder b = new StringBuilder();
            for (int[] p : parts) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(article, p[0], p[1]);
            }
            return b.toString();
        }

        boolean covers(int offset) {
            for (int[] p : parts) {
                if (offset >= p[0] && offset < p[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One attribution relation; {@code source} is null for PolNeAR's Attribution-no-source. */
    record Relation(Span source, Span cue, Span content) {
    }

    record Article(String name, String text, List<Relation> relations, int annotators) {
    }

    private static final Pattern STANDOFF_LINE = Pattern.compile("^[TE][0-9]+\t.*");

    private PolnearCorpus() {
    }

    static List<Article> read(Path polnear, String split) throws IOException {
        Path dir = polnear.resolve("data").resolve(split);
        Map<String, List<Path>> byArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
                String base = f.getFileName().toString().replaceFirst("\\.ann$", "");
                byArticle.computeIfAbsent(base.substring(0, base.lastIndexOf('_')), k -> new ArrayList<>()).add(f);
            }
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : byArticle.entrySet()) {
            String text = Files.readString(dir.resolve("text").resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
            List<List<Relation>> annotations = new ArrayList<>();
            for (Path f : e.getValue()) {
                annotations.add(parse(Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
            out.add(new Article(e.getKey(), text, annotations.get(mostAgreed(annotations)), annotations.size()));
        }
        return out;
    }

    /** The annotation sharing the most cue spans with the other annotators' (the first on ties). */
    private static int mostAgreed(List<List<Relation>> annotations) {
        if (annotations.size() == 1) {
            return 0;
        }
        List<Set<String>> cues = new ArrayList<>();
        for (List<Relation> a : annotations) {
            Set<String> s = new HashSet<>();
            for (Relation r : a) {
                if (r.cue() != null) {
                    s.add(r.cue().parts().get(0)[0] + ":" + r.cue().parts().get(0)[1]);
                }
            }
            cues.add(s);
        }
        int best = 0;
        int bestShared = -1;
        for (int i = 0; i < cues.size(); i++) {
            int shared = 0;
            for (int j = 0; j < cues.size(); j++) {
                if (i != j) {
                    for (String c : cues.get(i)) {
                        shared += cues.get(j).contains(c) ? 1 : 0;
                    }
                }
            }
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    /** Text-bound annotations (T) and the relations (E) that tie a Source, Cue and Content together. */
    static List<Relation> parse(List<String> lines) {
        Map<String, Span> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        for (String line : lines) {
            if (!STANDOFF_LINE.matcher(line).matches()) {
                continue; // annotator notes, and the lines of a span's text that itself holds line breaks
            }
            String[] cols = line.split("\t");
            if (cols[0].startsWith("T")) {
                String[] typeAndOffsets = cols[1].split(" ", 2);
                List<int[]> parts = new ArrayList<>();
                for (String part : typeAndOffsets[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    parts.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                spans.put(cols[0], new Span(parts));
            } else {
                Map<String, String> roles = new HashMap<>();
                String[] args = cols[1].split(" ");
                for (int i = 1; i < args.length; i++) {
                    String[] kv = args[i].split(":");
                    roles.put(kv[0], kv[1]);
                }
                events.add(roles);
            }
        }
        List<Relation> out = new ArrayList<>();
        for (Map<String, String> e : events) {
            Span content = spans.get(e.get("Content"));
            if (content != null) {
                out.add(new Relation(spans.get(e.get("Source")), spans.get(e.get("Cue")), content));
            }
        }
        return out;
    }
}
