package dev.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Load against a running service: {@code <base-url> <html-dir> <authorization> [concurrency] [server-pid]}, where
 * {@code authorization} is the whole Authorization header value for mutations, e.g. {@code "Bearer $NEWSGRAPH_TOKEN"}.
 * Ingests every page under a fresh url, ingests them again (the UNCHANGED path), then runs list, search and
 * person queries; prints throughput, latency percentiles and, given the server's pid, its resident memory.
 */
public final class ApiLoadBenchmark {

    private static final String INGEST = "mutation($input: DocumentInput!) { ingestDocument(input: $input) { status } }";
    private static final String LIST = "{ articles(first: 20) { nodes { title publishedDate persons { person { name } }"
            + " quotes { text speaker { name } } } } }";
    private static final String SEARCH = "{ articles(first: 10, filter: {search: \"president\"}) { totalCount nodes { title } } }";
    private static final String PERSONS = "{ persons(first: 20, search: \"a\") { nodes { name articles(first: 5) { nodes { title } } } } }";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String authorization;

    private ApiLoadBenchmark(String baseUrl, String authorization) {
        this.endpoint = URI.create(baseUrl.replaceAll("/$", "") + "/graphql");
        this.authorization = authorization;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ApiLoadBenchmark <base-url> <html-dir> <authorization-header-value> [concurrency] [server-pid]");
            System.exit(2);
        }
        ApiLoadBenchmark bench = new ApiLoadBenchmark(args[0], args[2]);
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String pid = args.length > 4 ? args[4] : null;
        List<String> pages = new ArrayList<>();
        for (Path p : AebPredictions.htmlFiles(Path.of(args[1]))) {
            pages.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        String run = UUID.randomUUID().toString();
        List<String> ingests = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ingests.add(JsonOut.write(Map.of("query", INGEST, "variables", Map.of("input", Map.of(
                    "url", "https://load.example.org/" + run + "/" + i, "content", pages.get(i), "format", "HTML")))));
        }
        System.out.printf("%d pages, concurrency %d, %s%n", pages.size(), concurrency, bench.endpoint);
        memory(pid, "before");
        bench.measure("ingest (new)", ingests.size(), concurrency, ingests::get);
        bench.measure("ingest (unchanged)", ingests.size(), concurrency, ingests::get);
        memory(pid, "after ingest");
        int queries = 400;
        bench.measure("query articles(first: 20) with persons, quotes", queries, concurrency, i -> query(LIST));
        bench.measure("query full-text search", queries, concurrency, i -> query(SEARCH));
        bench.measure("query persons with their articles", queries, concurrency, i -> query(PERSONS));
        memory(pid, "after queries");
    }

    private void measure(String name, int count, int concurrency, IntFunction<String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String request = body.apply(i);
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    String response = post(request);
                    latencies.add(System.nanoTime() - t0);
                    if (response.contains("\"errors\"")) {
                        throw new IllegalStateException("request failed: " + response.substring(0, Math.min(300, response.length())));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-48s %7.1f req/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (%d requests)%n", name,
                count / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), count);
    }

    private String post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static String query(String query) {
        return JsonOut.write(Map.of("query", query));
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static void memory(String pid, String when) throws IOException {
        if (pid == null) {
            return;
        }
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
                System.out.printf("server memory %-14s %s%n", when, line.replaceAll("\\s+", " "));
            }
        }
    }
}
