package dev.newsgraph.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL of the fault tests' own (never the shared server), which they stop and start again at the
 * same port with the same data directory. Zonky installs and initialises it once; after that it is driven with
 * {@code pg_ctl}, and all its state is in string system properties, so the test and the profile that configures the
 * application, which may be loaded by different class loaders, drive the same server.
 */
public final class FaultyDatabase {

    private static final String PORT = "newsgraph.test.faulty-db.port";
    private static final String DIR = "newsgraph.test.faulty-db.dir";
    private static final String BIN = "newsgraph.test.faulty-db.bin";

    private FaultyDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (System.getProperty(PORT) == null) {
            install();
            start();
            Runtime.getRuntime().addShutdownHook(new Thread(FaultyDatabase::stopAndDelete, "faulty-db-shutdown"));
        }
        return "jdbc:postgresql://localhost:" + System.getProperty(PORT) + "/postgres";
    }

    public static void start() {
        pgCtl("-D", System.getProperty(DIR), "-o", "-p " + System.getProperty(PORT) + " -F", "-l",
                System.getProperty(DIR) + ".log", "-w", "-t", "60", "start");
    }

    public static void stop() {
        pgCtl("-D", System.getProperty(DIR), "-m", "fast", "-w", "-t", "30", "stop");
    }

    private static void stopAndDelete() {
        stop();
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty(DIR)))) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            Files.deleteIfExists(Path.of(System.getProperty(DIR) + ".log"));
        } catch (IOException e) {
            // the JVM is going away; a temporary directory is left behind
        }
    }

    /** Makes the server close every other session, as a failover or an operator's pg_terminate_backend does. */
    public static int terminateOtherConnections() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where datname = current_database() and pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zonky unpacks the binaries and runs initdb; its server is stopped again, the data directory kept. */
    private static void install() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            Path dir = Files.createTempDirectory("newsgraph-faulty-db");
            EmbeddedPostgres installer = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir)
                    .setCleanDataDirectory(false).start();
            Field pgDir = EmbeddedPostgres.class.getDeclaredField("pgDir");
            pgDir.setAccessible(true);
            System.setProperty(BIN, new File((File) pgDir.get(installer), "bin").getPath());
            installer.close();
            System.setProperty(DIR, dir.toString());
            System.setProperty(PORT, Integer.toString(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("zonky's layout changed", e);
        }
    }

    private static void pgCtl(String... args) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: postgres refuses to run as root
        }
        command.add(System.getProperty(BIN) + "/pg_ctl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
