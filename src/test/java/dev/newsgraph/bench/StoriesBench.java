package dev.newsgraph.bench;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The story and copy figures through the service: the 117 aeb-dev pages ingested over the API in file order (their
 * real urls), each article's story read back and scored against stories-dev with score-stories; then a copy set made
 * from those pages (CopySet: their ground-truth text in another site's chrome, edited) ingested after them, and each
 * copy's copyOf and story compared with its original's. Run by {@code ./mvnw -Pbench test-compile} (shared.dir) or
 * {@code ./mvnw test -Dtest=StoriesBench -Dshared.dir=../shared}; prints the figures, asserts nothing.
 */
@QuarkusTest
class StoriesBench {

    private static final String INGEST = "mutation($docs: [DocumentInput!]!) { ingestDocuments(inputs: $docs) { status } }";
    private static final String READ = """
            query($url: String!) { articleByUrl(url: $url) { id title publishedAt publishedDate story { id }
              copyOf { id } } }""";

    @Test
    void storiesAndCopiesOfTheAebDevPages() throws Exception {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        Path pages = shared.resolve("bench/aeb-dev/html");
        Map<String, Object> truth = JsonPath.from(shared.resolve("bench/aeb-dev/ground-truth.json").toFile()).getMap("");
        List<Path> files = AebPredictions.htmlFiles(pages);
        Map<String, String> urls = new LinkedHashMap<>();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.html?$", "");
            String url = (String) ((Map<?, ?>) truth.get(id)).get("url");
            urls.put(id, url);
            docs.add(doc(url, Files.readString(f, StandardCharsets.UTF_8)));
        }
        long start = System.nanoTime();
        ingest(docs);
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, JsonPath> originals = new LinkedHashMap<>();
        Map<String, Object> predictions = new LinkedHashMap<>();
        int originalsMarkedCopies = 0;
        for (Map.Entry<String, String> e : urls.entrySet()) {
            JsonPath a = read(e.getValue());
            originals.put(e.getKey(), a);
            predictions.put(e.getKey(), a.getString("story.id"));
            if (a.get("copyOf") != null) {
                originalsMarkedCopies++;
                System.out.println("original marked as a copy: " + e.getKey() + " " + a.getString("title"));
            }
        }
        Path out = Path.of("target", "stories-predictions.json");
        Files.writeString(out, JsonOut.write(predictions), StandardCharsets.UTF_8);
        System.out.printf("stories-dev: %d pages ingested in %.1f s; different reports marked as copies: %d%n",
                docs.size(), seconds, originalsMarkedCopies);
        score(shared, out, "stories-dev, ");

        // The copy set: every page with three paragraphs or more and at least 60 words of ground-truth text.
        List<String> titles = originals.values().stream().map(a -> a.getString("title")).toList();
        Map<String, String> copyOf = new LinkedHashMap<>(); // copy url -> original id
        Map<String, CopySet.Edit> editOf = new LinkedHashMap<>();
        List<Map<String, Object>> copies = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : urls.entrySet()) {
            String body = (String) ((Map<?, ?>) truth.get(e.getKey())).get("articleBody");
            List<String> paragraphs = List.of(body.split("\n\n")).stream().map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            if (paragraphs.size() < 3 || body.split("\\s+").length < 60) {
                continue;
            }
            JsonPath a = originals.get(e.getKey());
            // a copy appears after its original: an hour later, or at noon of the original's date
            String date = a.getString("publishedAt") != null
                    ? java.time.OffsetDateTime.parse(a.getString("publishedAt")).plusHours(1).toString()
                    : a.getString("publishedDate") != null ? a.getString("publishedDate") + "T12:00:00Z" : null;
            CopySet.Edit edit = CopySet.Edit.values()[n % CopySet.Edit.values().length];
            List<String> others = List.of(titles.get((n + 7) % titles.size()), titles.get((n + 31) % titles.size()),
                    titles.get((n + 59) % titles.size()));
            String url = "https://copy" + (n % 3) + ".example.net/news/" + n;
            copies.add(doc(url, CopySet.page(n, edit, a.getString("title"), date, paragraphs, others)));
            copyOf.put(url, e.getKey());
            editOf.put(url, edit);
            n++;
        }
        ingest(copies);
        int linked = 0;
        int right = 0;
        int inStory = 0;
        Map<CopySet.Edit, int[]> byEdit = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : copyOf.entrySet()) {
            JsonPath copy = read(e.getKey());
            JsonPath original = read(urls.get(e.getValue()));
            String found = copy.getString("copyOf.id");
            int[] counts = byEdit.computeIfAbsent(editOf.get(e.getKey()), k -> new int[2]);
            counts[1]++;
            if (found != null) {
                linked++;
                if (found.equals(original.getString("id"))) {
                    right++;
                    counts[0]++;
                } else {
                    System.out.println("copy linked to the wrong article: " + e.getKey());
                }
            } else {
                System.out.println("copy not recognised (" + editOf.get(e.getKey()) + "): " + original.getString("title"));
            }
            if (copy.getString("story.id").equals(original.getString("story.id"))) {
                inStory++;
            }
            if (original.get("copyOf") != null) {
                linked++; // an original now marked as a copy is a false link
                System.out.println("original marked as a copy after the copies came: " + original.getString("title")
                        + " -> " + original.getString("copyOf.id") + " (" + e.getKey() + ")");
            }
        }
        System.out.printf("copy set: %d copies of aeb-dev pages; copyOf precision %.3f, recall %.3f (%d right of %d"
                + " links); copies in their original's story: %d of %d%n", copyOf.size(),
                linked == 0 ? 0 : right / (double) linked, right / (double) copyOf.size(), right, linked, inStory,
                copyOf.size());
        byEdit.forEach((edit, c) -> System.out.printf("  %-22s recall %d / %d%n", edit, c[0], c[1]));
    }

    /** Runs score-stories on the predictions and prints its line. */
    private static void score(Path shared, Path predictions, String label) throws Exception {
        Process score = new ProcessBuilder("python3", shared.resolve("tools/score-stories").toString(),
                shared.resolve("bench/stories-dev/gold.json").toString(), predictions.toString())
                .redirectErrorStream(true).start();
        System.out.println(label + new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        score.waitFor();
    }

    private static Map<String, Object> doc(String url, String html) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("url", url);
        doc.put("content", html);
        doc.put("format", "HTML");
        return doc;
    }

    private static void ingest(List<Map<String, Object>> docs) {
        for (int i = 0; i < docs.size(); i += 10) {
            data(mutate(INGEST, vars("docs", docs.subList(i, Math.min(docs.size(), i + 10)))));
        }
    }

    private static JsonPath read(String url) {
        return data(post(READ, vars("url", url))).setRootPath("data.articleByUrl");
    }
}
