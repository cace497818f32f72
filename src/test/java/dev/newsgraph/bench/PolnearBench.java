package dev.newsgraph.bench;

import dev.newsgraph.parse.PeopleAndQuotes;
import dev.newsgraph.parse.people.PeopleExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Speaker attribution on PolNeAR (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR), read
 * from a local checkout that never enters this repository. For each split it writes the corpus mapped to the
 * people-quotes format ({@link PolnearGold}) and the {@link PeopleExtractor} predictions on each article's text (one
 * paragraph a line) under {@code <out>/<split>/}, scores them with {@code score-people-quotes} and prints the
 * figures: DIRECT+PARTIAL F1 and speaker accuracy, reported speech with a saying cue (recall at precision), every
 * INDIRECT attribution apart, and how the sources were resolved or left out.
 * <p>
 * Usage: {@code -Dpolnear.dir=<checkout> PolnearBench <out-dir> <score-people-quotes> [split ...]} (splits default
 * to train and dev; never the reserved test split). Does nothing when {@code polnear.dir} is not set.
 */
public final class PolnearBench {

    private PolnearBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String dir = System.getProperty("polnear.dir", "");
        if (dir.isBlank()) {
            System.out.println("PolNeAR bench skipped: no -Dpolnear.dir=<checkout of networkdynamics/PolNeAR>");
            return;
        }
        Path out = Path.of(args[0]);
        Path scorer = Path.of(args[1]);
        List<String> splits = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("train", "dev");
        PeopleExtractor extractor = new PeopleExtractor();
        for (String split : splits) {
            if (split.equals("test")) {
                throw new IllegalArgumentException("the test split is reserved for independent checks");
            }
            List<PolnearCorpus.Article> articles = PolnearCorpus.read(Path.of(dir), split);
            Path splitDir = out.resolve(split);
            Path sayingDir = splitDir.resolve("gold-saying");
            Path allDir = splitDir.resolve("gold-all");
            Files.createDirectories(sayingDir);
            Files.createDirectories(allDir);
            PolnearGold.Counts counts = new PolnearGold.Counts();
            Map<String, Object> predictions = new LinkedHashMap<>();
            int multi = 0;
            for (PolnearCorpus.Article a : articles) {
                PolnearGold.Gold gold = PolnearGold.map(a);
                counts.add(gold.counts());
                multi += a.annotators() > 1 ? 1 : 0;
                Files.writeString(sayingDir.resolve(a.name() + ".json"), JsonOut.write(gold.saying()), StandardCharsets.UTF_8);
                Files.writeString(allDir.resolve(a.name() + ".json"), JsonOut.write(gold.all()), StandardCharsets.UTF_8);
                PeopleAndQuotes found = extractor.extract(PeopleQuotesPredictions.paragraphs(a.text()));
                predictions.put(a.name(), PeopleQuotesPredictions.toJson(found));
            }
            Path predictionFile = splitDir.resolve("predictions.json");
            Files.writeString(predictionFile, JsonOut.write(predictions), StandardCharsets.UTF_8);
            JsonObject saying = score(scorer, sayingDir, predictionFile);
            JsonObject all = score(scorer, allDir, predictionFile);
            print(split, articles.size(), multi, counts, saying, all);
        }
    }

    private static JsonObject score(Path scorer, Path gold, Path predictions) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), predictions.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("scorer failed on " + gold);
        }
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    private static void print(String split, int articles, int multi, PolnearGold.Counts c, JsonObject saying,
            JsonObject all) {
        JsonObject dp = all.getJsonObject("quotes_direct_partial");
        JsonObject rs = saying.getJsonObject("quotes_indirect");
        JsonObject ri = all.getJsonObject("quotes_indirect");
        System.out.printf("%nPolNeAR %s: %d articles (%d annotated by several, one annotation used), %d attributions%n",
                split, articles, multi, c.relations);
        System.out.printf("  gold: %d quoted (DIRECT+PARTIAL), %d reported (INDIRECT) of which %d with a saying cue;"
                + " %d quoted stretches in no attribution (optional)%n", c.quoted, c.reported, c.reportedSaying,
                c.optionalQuoted);
        System.out.printf("  %-46s %s%n", "DIRECT+PARTIAL F1 (P / R), speaker accuracy", line(dp));
        System.out.printf("  %-46s %s%n", "reported speech, saying cue: R @ P (F1), speaker", line2(rs));
        System.out.printf("  %-46s %s%n", "every INDIRECT attribution: R @ P (F1), speaker", line2(ri));
        System.out.printf("  sources (attributions):%n");
        c.speakers.forEach((k, v) -> System.out.printf("    %5d  %s%n", v, k));
    }

    private static String line(JsonObject x) {
        return String.format("%.3f (%.3f / %.3f), speaker %s over %d", num(x, "f1"), num(x, "p"), num(x, "r"),
                acc(x), x.getInt("speaker_n"));
    }

    private static String line2(JsonObject x) {
        return String.format("%.3f @ %.3f (%.3f), speaker %s over %d; gold %d, predicted %d", num(x, "r"), num(x, "p"),
                num(x, "f1"), acc(x), x.getInt("speaker_n"), x.getInt("gold"), x.getInt("pred"));
    }

    private static String acc(JsonObject x) {
        JsonValue v = x.get("speaker_acc");
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? "-" : String.format("%.3f", num(x, "speaker_acc"));
    }

    private static double num(JsonObject x, String key) {
        return x.getJsonNumber(key).doubleValue();
    }
}
