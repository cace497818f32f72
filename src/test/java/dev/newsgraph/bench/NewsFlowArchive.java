package dev.newsgraph.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import dev.newsgraph.person.PersonNames;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Grows a database into an archive whose dates follow a news flow, for measuring search at scale:
 * {@code NewsFlowArchive <jdbc-url> <target articles>} ({@code -Dseed=17 -Dend=2026-11-30 -DstoriesPerDay=130}).
 *
 * <p>The articles ingested through the API (the "originals", real pages) are the material: every generated article
 * belongs to a story on one of their topics, reuses some of that topic's paragraphs and quotes (so the vocabulary is
 * a real one) and names the story's cast. Stories start every day, mostly on one day, a few running for weeks; topics
 * come back in cycles of one to five years; a few thousand recurring persons (Zipf-popular, each active for one to
 * ten years) appear across stories, and each story adds persons of its own, whose names are rare words. Weekends
 * carry fewer articles. Days are generated from {@code end} backwards; a later run with a larger target and the same
 * seed adds older days (an archive back-filled), so the newest days stay the same at every size.
 *
 * <p>Rows go in with COPY under ids the generator assigns (the identity sequences are moved past them). With many
 * rows to add, the GIN indexes of article, quote and person are dropped first and built once at the end.
 */
public final class NewsFlowArchive {

    static final String URL_PREFIX = "https://newsflow.example/";
    /** Days before the newest on which stories may still begin (the longest story spans fewer). */
    private static final int FUTURE = 120;

    private static final String[] FIRST = ("James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth"
            + " William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa"
            + " Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth"
            + " Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ahmed Fatima Wei Mei Raj Priya Olga"
            + " Ivan Hans Greta Pierre Amelie Carlos Lucia Kenji Yuki Ade Ngozi Omar Leila Diego Sofia Mateo Elena"
            + " Tariq Amina Sven Ingrid Pavel Anna Kwame Abena Hiro Sakura Luis Camila Arjun Divya Jonas Nora")
            .split(" ");
    private static final String[] SURNAME = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez"
            + " Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson"
            + " White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen"
            + " Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Khan Ali Chen Wang"
            + " Singh Patel Kumar Müller Schmidt Dubois Rossi Ivanov Petrov Tanaka Sato Okafor Mensah Haddad Cohen")
            .split(" ");
    private static final String[] SYLLABLE = ("ba ro ven dal mir ka so tel un gar fen lo qui tra bel mon dru sha ne"
            + " vik or pel tas zen hal mer cor is ta ri go lan dor e fi wes kel bran tho va nu").split(" ");
    private static final String[] ROLE = ("minister,spokesperson,senator,chief executive,professor,mayor,"
            + "police chief,governor,analyst,economist,coach,union leader,judge,prosecutor,ambassador,"
            + "health secretary,party leader,researcher,chairman,director").split(",");
    private static final String[] VERB = { "said", "told reporters", "announced", "warned", "argued", "confirmed" };

    private final Random seedSource;
    private final long seed;
    private final LocalDate end;
    private final double storiesPerDay;
    private final List<Topic> topics = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final int recurring = 4000;
    private final int[] careerStart;
    private final int[] careerLength;

    private record Topic(String title, String description, String section, String language, List<String> paragraphs,
            List<String[]> quotes, String imageUrl, String imageCaption, String imageCredit, int phase, int cycle) {
    }

    private record Cast(String name, String surname, String role) {
    }

    /** One article of the plan: its story, its place in the story and its day (days back from {@code end}). */
    private record Planned(long story, int topic, int part, int day, List<Cast> cast) {
    }

    private NewsFlowArchive(long seed, LocalDate end, double storiesPerDay) {
        this.seed = seed;
        this.end = end;
        this.storiesPerDay = storiesPerDay;
        this.seedSource = new Random(seed);
        careerStart = new int[recurring];
        careerLength = new int[recurring];
        for (int i = 0; i < recurring; i++) {
            careerStart[i] = seedSource.nextInt(4500) - 500;
            careerLength[i] = 300 + seedSource.nextInt(3300);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: NewsFlowArchive <jdbc-url> <target articles>  (-Dseed -Dend -DstoriesPerDay"
                    + " -Duser)");
            System.exit(2);
        }
        long target = Long.parseLong(args[1]);
        NewsFlowArchive archive = new NewsFlowArchive(Long.getLong("seed", 17),
                LocalDate.parse(System.getProperty("end", "2026-11-30")),
                Double.parseDouble(System.getProperty("storiesPerDay", "130")));
        try (Connection db = DriverManager.getConnection(args[0], System.getProperty("user", "postgres"),
                System.getProperty("password", ""))) {
            archive.grow(db, target);
        }
    }

    private void grow(Connection db, long target) throws SQLException, IOException {
        niceBackend(db);
        loadMaterial(db);
        long done = single(db, "select count(*) from article where url like '" + URL_PREFIX + "%'");
        long originals = single(db, "select count(*) from article") - done;
        long wanted = target - originals;
        System.out.printf("%d topics from %d originals, %d generated already, %d wanted%n", topics.size(), originals,
                done, wanted);
        if (wanted <= done) {
            return;
        }
        // The plan: whole days, newest first, until the wanted count; the first 'done' of them are stored already.
        List<List<Planned>> days = plan(wanted);
        long skip = done;
        List<List<Planned>> toStore = new ArrayList<>();
        for (List<Planned> day : days) {
            if (skip >= day.size()) {
                skip -= day.size();
                continue;
            }
            if (skip != 0) {
                throw new IllegalStateException("the stored articles do not end on a day of this plan (another seed?)");
            }
            toStore.add(day);
        }
        long adding = toStore.stream().mapToLong(List::size).sum();
        System.out.printf("adding %d articles over %d days (%s to %s)%n", adding, toStore.size(),
                end.minusDays(toStore.get(toStore.size() - 1).get(0).day()), end.minusDays(toStore.get(0).get(0).day()));
        db.setAutoCommit(false);
        List<String> dropped = adding > 50_000 ? dropGinIndexes(db) : List.of();
        Writer writer = new Writer(db);
        // Oldest first, so ids grow with the date within the days added (as a back-fill run would store them).
        for (int i = toStore.size() - 1; i >= 0; i--) {
            for (Planned p : toStore.get(i)) {
                writer.add(p);
            }
            if (writer.pending() >= 5_000 || i == 0) {
                writer.flush();
                db.commit();
                System.out.printf("  %s: %d articles stored%n", end.minusDays(toStore.get(i).get(0).day()),
                        writer.stored);
            }
        }
        writer.moveSequences();
        db.commit();
        db.setAutoCommit(true);
        for (String definition : dropped) {
            long t0 = System.nanoTime();
            try (Statement s = db.createStatement()) {
                s.execute("set maintenance_work_mem = '1GB'");
                s.execute(definition);
            }
            System.out.printf("  %.0f s: %s%n", (System.nanoTime() - t0) / 1e9, definition);
        }
    }

    /** The generator's database backend yields to everything else on the machine, as this JVM does. */
    private static void niceBackend(Connection db) throws SQLException {
        long pid = single(db, "select pg_backend_pid()");
        try {
            new ProcessBuilder("renice", "-n", "19", "-p", String.valueOf(pid)).inheritIO().start().waitFor();
        } catch (IOException | InterruptedException e) {
            System.out.println("could not renice the database backend: " + e.getMessage());
        }
    }

    private void loadMaterial(Connection db) throws SQLException {
        Map<Long, List<String[]>> quotes = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select article_id, text, kind, cue"
                + " from quote where article_id in (select id from article where url not like '" + URL_PREFIX
                + "%') order by article_id, position")) {
            while (r.next()) {
                quotes.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new String[] { r.getString(2), r.getString(3), r.getString(4) });
            }
        }
        // English pages with a few real paragraphs are topics; their publications are the archive's sources.
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id, title, description, source,"
                + " section, language, paragraphs, lead_image_url, lead_image_caption, lead_image_credit from article"
                + " where url not like '" + URL_PREFIX + "%' and (language is null or language like 'en%')"
                + " and body like '% the %' order by id")) {
            while (r.next()) {
                List<String> paragraphs = new ArrayList<>();
                for (String p : strings(r.getArray(7))) {
                    if (p.length() >= 80) {
                        paragraphs.add(p);
                    }
                }
                if (paragraphs.size() < 3) {
                    continue;
                }
                if (r.getString(4) != null && !sources.contains(r.getString(4))) {
                    sources.add(r.getString(4));
                }
                int cycle = 365 + seedSource.nextInt(1500);
                topics.add(new Topic(r.getString(2), r.getString(3), r.getString(5), r.getString(6), paragraphs,
                        quotes.getOrDefault(r.getLong(1), List.of()), r.getString(8), r.getString(9), r.getString(10),
                        seedSource.nextInt(cycle), cycle));
            }
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("no originals to take topics from: ingest real pages first");
        }
        if (sources.isEmpty()) {
            sources.add("Newsflow Daily");
        }
    }

    /** Whole days, newest first, until {@code wanted} articles. */
    private List<List<Planned>> plan(long wanted) {
        TreeMap<Integer, List<Planned>> pending = new TreeMap<>();
        List<List<Planned>> days = new ArrayList<>();
        long count = 0;
        // Stories begin in the future too, so that the newest days hold the follow-ups of running stories as well.
        for (int day = -FUTURE; count < wanted; day++) {
            // Stories whose newest article is on this day; their earlier articles fall on older days.
            Random r = new Random(seed * 1_000_003L + day);
            int stories = (int) Math.max(1, Math.round(storiesPerDay + Math.sqrt(storiesPerDay) * r.nextGaussian()));
            for (int s = 0; s < stories; s++) {
                long story = (long) (day + FUTURE) * 10_000 + s;
                int size = (int) Math.min(150, Math.floor(1 / Math.pow(1 - r.nextDouble(), 0.75)));
                int span = (int) Math.ceil(Math.pow(size, 0.8) * 2);
                int topic = topicFor(r, day);
                List<Cast> cast = castFor(r, day, story);
                for (int part = 0; part < size; part++) {
                    int at = day + (part == 0 ? 0 : (int) (span * r.nextDouble() * r.nextDouble()));
                    DayOfWeek weekday = end.minusDays(at).getDayOfWeek();
                    boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
                    if (weekend && r.nextDouble() < 0.4) {
                        continue;
                    }
                    if (at >= 0) {
                        pending.computeIfAbsent(at, k -> new ArrayList<>()).add(new Planned(story, topic, part, at, cast));
                    }
                }
            }
            List<Planned> complete = pending.remove(day);
            if (complete != null) {
                days.add(complete);
                count += complete.size();
            }
        }
        return days;
    }

    /** A topic in its hot phase when one is found quickly, else any: topics come back in cycles. */
    private int topicFor(Random r, int day) {
        for (int tries = 0; tries < 20; tries++) {
            int t = r.nextInt(topics.size());
            Topic topic = topics.get(t);
            if ((day + topic.phase()) % topic.cycle() < 200) {
                return t;
            }
        }
        return r.nextInt(topics.size());
    }

    /** Mostly one recurring person whose career covers the day, and up to two persons of the story's own. */
    private List<Cast> castFor(Random r, int day, long story) {
        List<Cast> cast = new ArrayList<>();
        if (r.nextDouble() < 0.85) {
            for (int tries = 0; tries < 40; tries++) {
                int i = (int) (recurring * Math.pow(r.nextDouble(), 3));
                if (day >= careerStart[i] && day < careerStart[i] + careerLength[i]) {
                    cast.add(person(new Random(seed * 31 + i), true));
                    break;
                }
            }
        }
        int own = cast.isEmpty() ? 1 + r.nextInt(2) : r.nextInt(3);
        for (int k = 0; k < own; k++) {
            Cast c = person(new Random(seed * 7_919 + story * 3 + k), false);
            if (cast.stream().noneMatch(o -> PersonNames.normalize(o.name()).equals(PersonNames.normalize(c.name())))) {
                cast.add(c);
            }
        }
        return cast;
    }

    private static Cast person(Random r, boolean recurring) {
        String first = FIRST[r.nextInt(FIRST.length)];
        String surname;
        if (recurring ? r.nextDouble() < 0.6 : r.nextDouble() < 0.4) {
            surname = SURNAME[r.nextInt(SURNAME.length)];
        } else {
            StringBuilder s = new StringBuilder();
            for (int k = 0, n = 2 + r.nextInt(2); k < n; k++) {
                s.append(SYLLABLE[r.nextInt(SYLLABLE.length)]);
            }
            surname = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return new Cast(first + " " + surname, surname, ROLE[r.nextInt(ROLE.length)]);
    }

    /** Builds the rows of planned articles and sends them with COPY. */
    private final class Writer {
        private final Connection db;
        private final CopyManager copy;
        private final Map<String, Long> persons = new HashMap<>();
        private long nextArticle;
        private long nextPerson;
        private long nextMention;
        private long nextQuote;
        private final StringBuilder articles = new StringBuilder();
        private final StringBuilder mentions = new StringBuilder();
        private final StringBuilder quotes = new StringBuilder();
        private final StringBuilder newPersons = new StringBuilder();
        private int pending;
        long stored;

        Writer(Connection db) throws SQLException {
            this.db = db;
            this.copy = db.unwrap(PGConnection.class).getCopyAPI();
            nextArticle = single(db, "select coalesce(max(id), 0) + 1 from article");
            nextPerson = single(db, "select coalesce(max(id), 0) + 1 from person");
            nextMention = single(db, "select coalesce(max(id), 0) + 1 from person_mention");
            nextQuote = single(db, "select coalesce(max(id), 0) + 1 from quote");
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select normalized_name, id from person")) {
                while (r.next()) {
                    persons.put(r.getString(1), r.getLong(2));
                }
            }
        }

        int pending() {
            return pending;
        }

        void add(Planned p) {
            Random r = new Random(seed * 1_000_033L + p.story() * 257 + p.part());
            Topic topic = topics.get(p.topic());
            LocalDate date = end.minusDays(p.day());
            String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            List<String> paragraphs = new ArrayList<>();
            for (Cast c : p.cast()) {
                paragraphs.add(c.name() + ", " + article(c.role()) + ", " + VERB[r.nextInt(VERB.length)] + " on "
                        + weekday + " that the " + (p.part() == 0 ? "latest" : "earlier") + " developments on "
                        + shortTitle(topic.title()) + " would be watched closely.");
            }
            for (String paragraph : topic.paragraphs()) {
                if (r.nextDouble() < 0.6) {
                    paragraphs.add(paragraph);
                }
            }
            Topic other = topics.get(r.nextInt(topics.size()));
            paragraphs.add(1 + r.nextInt(paragraphs.size()), other.paragraphs().get(r.nextInt(other.paragraphs().size())));
            List<String[]> quoteRows = new ArrayList<>(); // text, kind, cue, speaker index, paragraph
            List<String[]> quotePool = topic.quotes().isEmpty() ? other.quotes() : topic.quotes();
            int quoteCount = quotePool.isEmpty() ? 0 : r.nextInt(Math.min(6, quotePool.size() + 1));
            for (int q = 0; q < quoteCount; q++) {
                String[] quote = quotePool.get(r.nextInt(quotePool.size()));
                int speaker = r.nextInt(p.cast().size());
                Cast c = p.cast().get(speaker);
                String text = quote[1].equals("INDIRECT") ? c.surname() + " said " + quote[0] + "."
                        : "\u201c" + quote[0] + ",\u201d " + c.surname() + " said.";
                int at = 1 + r.nextInt(paragraphs.size());
                paragraphs.add(at, text);
                for (String[] earlier : quoteRows) {
                    if (Integer.parseInt(earlier[4]) >= at) {
                        earlier[4] = String.valueOf(Integer.parseInt(earlier[4]) + 1);
                    }
                }
                quoteRows.add(new String[] { quote[0], quote[1], quote[1].equals("INDIRECT") ? "said" : "said",
                        String.valueOf(speaker), String.valueOf(at) });
            }
            Cast lead = p.cast().get(0);
            String title = switch (r.nextInt(3)) {
                case 0 -> lead.surname() + ": " + topic.title();
                case 1 -> topic.title() + ", " + lead.surname() + " " + VERB[r.nextInt(VERB.length)];
                default -> topic.title();
            };
            String body = String.join("\n\n", paragraphs);
            long id = nextArticle++;
            String source = sources.get((int) Math.floorMod(p.story() * 31 + p.topic(), sources.size()));
            String url = URL_PREFIX + date + "/" + p.story() + "-" + p.part();
            String time = date + " " + String.format("%02d:%02d:00+00", 5 + r.nextInt(17), r.nextInt(60));
            row(articles, id, url, url, null, source, title, topic.description(), array(List.of(FIRST[r.nextInt(FIRST.length)] + " " + SURNAME[r.nextInt(SURNAME.length)])),
                    topic.section(), topic.language(), date, time, null, topic.imageUrl(), topic.imageCaption(),
                    topic.imageCredit(), array(paragraphs), body, words(body), "{}", sha256(url + body), date, time,
                    time);
            for (int i = 0; i < p.cast().size(); i++) {
                Cast c = p.cast().get(i);
                long person = personId(c);
                int said = 0;
                for (String[] q : quoteRows) {
                    said += Integer.parseInt(q[3]) == i ? 1 : 0;
                }
                row(mentions, nextMention++, id, person, array(List.of(c.role())), 1 + said, i);
            }
            for (int i = 0; i < quoteRows.size(); i++) {
                String[] q = quoteRows.get(i);
                Cast c = p.cast().get(Integer.parseInt(q[3]));
                row(quotes, nextQuote++, id, q[0], q[1], personId(c), c.surname(), q[2], Integer.parseInt(q[4]), i);
            }
            pending++;
        }

        private long personId(Cast c) {
            String key = PersonNames.normalize(c.name());
            Long id = persons.get(key);
            if (id == null) {
                id = nextPerson++;
                persons.put(key, id);
                row(newPersons, id, c.name(), key, array(List.of(c.surname())), array(List.of(c.role())));
            }
            return id;
        }

        void flush() throws SQLException, IOException {
            send("person (id, name, normalized_name, aliases, roles)", newPersons);
            send("article (id, identity_key, url, canonical_url, source, title, description, authors, section,"
                    + " language, published_date, published_at, modified_at, lead_image_url, lead_image_caption,"
                    + " lead_image_credit, paragraphs, body, word_count, warnings, content_hash, sort_date, ingested_at,"
                    + " updated_at)", articles);
            send("person_mention (id, article_id, person_id, roles, mentions, position)", mentions);
            send("quote (id, article_id, text, kind, speaker_id, speaker_name, cue, paragraph, position)", quotes);
            stored += pending;
            pending = 0;
        }

        private void send(String table, StringBuilder rows) throws SQLException, IOException {
            if (!rows.isEmpty()) {
                copy.copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }

        void moveSequences() throws SQLException {
            try (Statement s = db.createStatement()) {
                for (String table : List.of("article", "person", "person_mention", "quote")) {
                    s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                            + table + "))");
                }
            }
        }
    }

    private static String article(String role) {
        return "the " + role;
    }

    private static String shortTitle(String title) {
        String[] words = title.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length))).toLowerCase(Locale.ROOT);
    }

    /** The GIN indexes of the tables written, dropped; returns their definitions to build them again. */
    private static List<String> dropGinIndexes(Connection db) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select indexname, indexdef from"
                + " pg_indexes where schemaname = 'public' and tablename in ('article', 'quote', 'person')"
                + " and indexdef like '%USING gin%'")) {
            while (r.next()) {
                found.add(new String[] { r.getString(1), r.getString(2) });
            }
        }
        List<String> definitions = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            for (String[] index : found) {
                s.execute("drop index " + index[0]);
                definitions.add(index[1]);
            }
        }
        db.commit();
        System.out.println("dropped for the load, built again after it: " + definitions);
        return definitions;
    }

    /** One line of COPY text format. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
                continue;
            }
            String s = v.toString();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c);
                }
            }
        }
        out.append('\n');
    }

    /** A text[] literal. */
    private static String array(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (String v : values) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static int words(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
