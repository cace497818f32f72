package dev.newsgraph.bench;

import dev.newsgraph.parse.DocumentFormat;
import dev.newsgraph.parse.DocumentParser;
import dev.newsgraph.parse.RawDocument;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Parse and ingest throughput of a running service against the parser's own speed, in one run:
 * {@code <base-url> <seconds per measurement> [server-pid] <html-dir>...}. The Authorization header value
 * (e.g. {@code Basic c2NyYXBlcjpzZWNyZXQ=} or {@code Bearer eyJ...}) comes from {@code NEWSGRAPH_AUTHORIZATION};
 * client threads from {@code -Dthreads} (default 2), rounds from {@code -Drounds} (default 3), warm-up seconds
 * from {@code -Dwarmup} (default the larger of 20 and the measurement time); {@code -DparseOnly=true} skips
 * ingestDocuments (for profiling the request path); {@code -Ddb=<database name>} adds the CPU its PostgreSQL backends
 * on this machine spent per document.
 *
 * <p>Prints, for the same pages: {@code Jsoup.parse} alone and the in-process {@link DocumentParser} (one thread,
 * after warm-up), {@code parseDocument} through the API and {@code ingestDocuments} in batches of 10 under fresh
 * urls (so each document is stored), each with documents/s, p50 and p99, then the ratios between them and, given
 * the server's pid, its resident memory. The four are measured in alternating rounds that share the time, so a
 * busy machine slows yardsticks and API alike and the ratios stay comparable.
 */
public final class IngestBenchmark {

    static final String PARSE = "query($input: DocumentInput!) { parseDocument(input: $input) { title authors"
            + " publishedDate wordCount paragraphs persons { name mentions } quotes { kind text speakerName }"
            + " editorialItems { title } warnings } }";
    static final String INGEST = "mutation($inputs: [DocumentInput!]!) { ingestDocuments(inputs: $inputs) { status"
            + " article { id title } } }";
    static final int BATCH = 10;

    private static volatile Object sink;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String authorization;
    private final int threads;
    private String serverPid;

    private IngestBenchmark(String baseUrl, String authorization, int threads) {
        this.endpoint = URI.create(baseUrl.replaceAll("/$", "") + "/graphql");
        this.authorization = authorization;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: NEWSGRAPH_AUTHORIZATION='Basic ...' IngestBenchmark <base-url> <seconds>"
                    + " [server-pid] <html-dir>...");
            System.exit(2);
        }
        String authorization = System.getenv("NEWSGRAPH_AUTHORIZATION");
        if (authorization == null || authorization.isBlank()) {
            System.err.println("set NEWSGRAPH_AUTHORIZATION to the full Authorization header value");
            System.exit(2);
        }
        double seconds = Double.parseDouble(args[1]);
        int firstDir = 2;
        String pid = null;
        if (args[2].matches("\\d+")) {
            pid = args[2];
            firstDir = 3;
        }
        List<String> pages = new ArrayList<>();
        long bytes = 0;
        for (int i = firstDir; i < args.length; i++) {
            for (Path p : AebPredictions.htmlFiles(Path.of(args[i]))) {
                String html = Files.readString(p, StandardCharsets.UTF_8);
                pages.add(html);
                bytes += html.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        int threads = Integer.getInteger("threads", 2);
        IngestBenchmark bench = new IngestBenchmark(args[0], authorization, threads);
        System.out.printf("%d pages, %.1f MB, %s, %d client threads, %.0f s per measurement, %d cores%n",
                pages.size(), bytes / 1e6, bench.endpoint, threads, seconds,
                Runtime.getRuntime().availableProcessors());
        bench.serverPid = pid;
        memory(pid, "before");

        // Yardsticks: in this JVM, one thread (the server idles meanwhile).
        DocumentParser parser = new DocumentParser();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            urls.add("https://bench.example.org/page/" + i);
        }
        Consumer<Integer> jsoup = i -> sink = Jsoup.parse(pages.get(i));
        Consumer<Integer> full = i -> {
            try {
                sink = parser.parse(new RawDocument(urls.get(i), pages.get(i), DocumentFormat.HTML, null));
            } catch (RuntimeException e) {
                sink = e; // an unparseable page costs what it costs, as it does through the API
            }
        };
        warmUp(pages.size(), Double.parseDouble(System.getProperty("warmup", String.valueOf(Math.max(20, seconds)))),
                List.of(jsoup, full));

        // The API: request bodies built up front so the client spends its time sending.
        List<byte[]> parses = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            parses.add(json(Map.of("query", PARSE, "variables", Map.of("input", input(urls.get(i), pages.get(i))))));
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger fresh = new AtomicInteger();
        double warmUp = Double.parseDouble(System.getProperty("warmup", String.valueOf(Math.max(20, seconds))));
        bench.run(parses, 1, warmUp, new Stats());
        if (!Boolean.getBoolean("parseOnly")) {
            bench.run(batches(pages, run + "-warm", fresh), BATCH, warmUp / 2, new Stats());
        }

        // Rounds of all four, so load from elsewhere on the machine falls on yardsticks and API alike.
        int rounds = Integer.getInteger("rounds", 3);
        boolean withIngest = !Boolean.getBoolean("parseOnly");
        double slice = seconds / rounds;
        Stats jsoupStats = new Stats();
        Stats parserStats = new Stats();
        Stats parseStats = new Stats();
        Stats ingestStats = new Stats();
        for (int r = 0; r < rounds; r++) {
            inProcess(pages.size(), slice, jsoup, jsoupStats);
            inProcess(pages.size(), slice, full, parserStats);
            bench.run(parses, 1, slice, parseStats);
            if (!withIngest) {
                continue;
            }
            // Enough distinct batches that none repeats within the slice (a repeat would be UNCHANGED).
            List<byte[]> ingests = new ArrayList<>();
            int passes = (int) Math.max(1, Math.ceil(slice * Math.max(parseStats.rate(), 1) * 2 / pages.size()));
            for (int p = 0; p < passes; p++) {
                ingests.addAll(batches(pages, run + "-" + r + "-" + p, fresh));
            }
            bench.run(ingests, BATCH, slice, ingestStats);
        }
        jsoupStats.print("Jsoup.parse alone (in-process, 1 thread)");
        parserStats.print("DocumentParser (in-process, 1 thread)");
        parseStats.print("parseDocument (API, " + threads + " clients)");
        ingestStats.print("ingestDocuments x" + BATCH + " (API, " + threads + " clients)");
        System.out.println();
        System.out.printf("parseDocument / DocumentParser      %.2fx   (target >= 0.6)%n",
                parseStats.rate() / parserStats.rate());
        System.out.printf("parseDocument / Jsoup.parse         %.3fx  (target >= 0.2)%n",
                parseStats.rate() / jsoupStats.rate());
        System.out.printf("DocumentParser / Jsoup.parse        %.2fx%n", parserStats.rate() / jsoupStats.rate());
        System.out.printf("ingestDocuments / parseDocument     %.2fx   (target >= 0.7)%n",
                ingestStats.rate() / parseStats.rate());
        System.out.printf("CPU per document, parseDocument / DocumentParser  %.2fx;  ingestDocuments / parseDocument"
                + "  %.2fx%n", parseStats.cpuMs() / parserStats.cpuMs(), ingestStats.cpuMs() / parseStats.cpuMs());
        memory(pid, "after");
    }

    private static Map<String, Object> input(String url, String page) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("url", url);
        input.put("content", page);
        input.put("format", "HTML");
        return input;
    }

    /** Every page once, in batches of {@link #BATCH}, each document under a url no earlier request used. */
    private static List<byte[]> batches(List<String> pages, String run, AtomicInteger fresh) {
        List<byte[]> out = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += BATCH) {
            List<Object> inputs = new ArrayList<>();
            for (int i = from; i < Math.min(pages.size(), from + BATCH); i++) {
                inputs.add(input("https://bench.example.org/" + run + "/" + fresh.getAndIncrement(), pages.get(i)));
            }
            out.add(json(Map.of("query", INGEST, "variables", Map.of("inputs", inputs))));
        }
        return out;
    }

    /** Documents done, time spent and per-request latencies, summed over the rounds. */
    private static final class Stats {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long docs;
        long nanos;
        long cpuNanos = -1;
        long dbNanos = -1;
        int requests;
        int failed;

        double rate() {
            return nanos == 0 ? 0 : docs / (nanos / 1e9);
        }

        void addCpu(long nanos) {
            cpuNanos = nanos < 0 ? cpuNanos : Math.max(0, cpuNanos) + nanos;
        }

        void addDbCpu(long nanos) {
            dbNanos = nanos < 0 ? dbNanos : Math.max(0, dbNanos) + nanos;
        }

        /** CPU milliseconds per document of the database's backends serving the server, or NaN. */
        double dbCpuMs() {
            return dbNanos < 0 || docs == 0 ? Double.NaN : dbNanos / 1e6 / docs;
        }

        /** CPU milliseconds per document of the process doing the work (this JVM, or the server), or NaN. */
        double cpuMs() {
            return cpuNanos < 0 || docs == 0 ? Double.NaN : cpuNanos / 1e6 / docs;
        }

        void print(String name) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("%-40s %6.1f docs/s  p50 %6.1f ms  p99 %6.1f ms  CPU %5.1f ms/doc%s  (%d requests,"
                    + " %d errors)%n", name, rate(), ms(sorted, 0.50), ms(sorted, 0.99), cpuMs(),
                    dbNanos < 0 ? "" : String.format(" + database %5.1f", dbCpuMs()), requests, failed);
        }
    }

    /**
     * {@code threads} clients send the requests in order (wrapping around) until {@code seconds} have passed;
     * {@code docs} documents per request, counted when the request completes.
     */
    private void run(List<byte[]> requests, int docs, double seconds, Stats stats) throws Exception {
        Map<String, Long> cpu0 = threadTicks(serverPid);
        Map<String, Long> db0 = databaseTicks();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        byte[] body = requests.get(next.getAndIncrement() % requests.size());
                        long t0 = System.nanoTime();
                        String response = post(body);
                        stats.latencies.add(System.nanoTime() - t0);
                        done.incrementAndGet();
                        if (response.contains("\"errors\"") && failed.getAndIncrement() == 0 && stats.failed == 0) {
                            System.out.println("  first error: " + response.substring(0, Math.min(240, response.length())));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        stats.nanos += System.nanoTime() - start;
        stats.addCpu(cpuSince(cpu0, serverPid));
        stats.addDbCpu(databaseCpuSince(db0));
        stats.docs += (long) done.get() * docs;
        stats.requests += done.get();
        stats.failed += failed.get();
    }

    private String post(byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void warmUp(int count, double seconds, List<Consumer<Integer>> work) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (Consumer<Integer> w : work) {
                for (int i = 0; i < count; i++) {
                    w.accept(i);
                }
            }
        }
    }

    /** Whole passes over the pages until {@code seconds} are spent (at least one), one thread. */
    private static void inProcess(int count, double seconds, Consumer<Integer> work, Stats stats) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Map<String, Long> cpu0 = threadTicks(null);
        do {
            long pass = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                work.accept(i);
                stats.latencies.add(System.nanoTime() - t0);
            }
            stats.nanos += System.nanoTime() - pass;
            stats.docs += count;
            stats.requests += count;
        } while (System.nanoTime() < end);
        stats.addCpu(cpuSince(cpu0, null));
    }

    /**
     * CPU ticks (user + system, USER_HZ = 100 per second) of each thread of a process, by thread id (this JVM when
     * pid is null), leaving out the JIT compiler threads: they are still busy long after warm-up on a crowded
     * machine and would make the figure depend on when it was taken. Garbage collection counts. Empty when /proc
     * cannot be read.
     */
    private static Map<String, Long> threadTicks(String pid) {
        Path tasks = Path.of("/proc", pid == null ? String.valueOf(ProcessHandle.current().pid()) : pid, "task");
        Map<String, Long> ticks = new HashMap<>();
        try (var threads = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    continue;
                }
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime: fields 14 and 15 of stat (12 and 13 after the name).
                ticks.put(task.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /**
     * CPU ticks of each PostgreSQL backend serving database {@code -Ddb} (processes titled {@code postgres: <user>
     * <db> ...}, on this machine), by pid; empty without {@code -Ddb}.
     */
    private static Map<String, Long> databaseTicks() {
        String db = System.getProperty("db");
        Map<String, Long> ticks = new HashMap<>();
        if (db == null) {
            return ticks;
        }
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                if (!process.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (!title.startsWith("postgres: ") || !(" " + title).contains(" " + db + " ")) {
                        continue;
                    }
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(process.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    private static long databaseCpuSince(Map<String, Long> before) {
        if (System.getProperty("db") == null) {
            return -1;
        }
        long ticks = 0;
        for (Map.Entry<String, Long> now : databaseTicks().entrySet()) {
            ticks += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return ticks * 10_000_000L;
    }

    /** CPU nanoseconds the threads spent since {@code before} (pool threads come and go: compared per thread). */
    private static long cpuSince(Map<String, Long> before, String pid) {
        if (before.isEmpty()) {
            return -1;
        }
        long ticks = 0;
        for (Map.Entry<String, Long> now : threadTicks(pid).entrySet()) {
            ticks += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return ticks * 10_000_000L;
    }

    private static byte[] json(Object value) {
        return JsonOut.write(value).getBytes(StandardCharsets.UTF_8);
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1))) / 1e6;
    }

    private static void memory(String pid, String when) throws IOException {
        if (pid == null) {
            return;
        }
        StringBuilder line = new StringBuilder("server memory " + when + ":");
        for (String l : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (l.startsWith("VmRSS") || l.startsWith("VmHWM")) {
                line.append("  ").append(l.replaceAll("\\s+", " "));
            }
        }
        System.out.println(line);
    }
}
