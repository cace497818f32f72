package dev.newsgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of the embedded PostgreSQL that counts the round trips the service makes: every message that
 * makes the server answer, whatever sent it (Hibernate, plain JDBC, the pool's validation). In PostgreSQL's protocol
 * that is a simple Query ('Q') or the Sync ('S') that closes an extended-protocol exchange. The test profile and the
 * test may be loaded by different class loaders: the proxy's ports are kept in system properties, and the count is
 * read from a second port of the proxy, which answers it as one line.
 */
public final class RoundTrips {

    private static final String PORT = "newsgraph.test.round-trips.port";
    private static final String COUNT_PORT = "newsgraph.test.round-trips.count-port";
    private static final AtomicLong COUNT = new AtomicLong(); // of the proxy started by this class loader
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private RoundTrips() {
    }

    /** The JDBC url of the proxy, started on first use. */
    public static String jdbcUrl() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PORT) == null) {
                URI target = URI.create(embeddedDatabaseUrl().substring("jdbc:".length()));
                try {
                    System.setProperty(PORT, Integer.toString(start(target.getHost(), target.getPort())));
                    System.setProperty(COUNT_PORT, Integer.toString(countServer()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return "jdbc:postgresql://127.0.0.1:" + System.getProperty(PORT) + "/postgres?sslmode=disable";
        }
    }

    /** Round trips counted so far, over all connections. */
    public static long count() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(System.getProperty(COUNT_PORT)));
                InputStream in = socket.getInputStream()) {
            return Long.parseLong(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("round-trips-count").start(() -> {
            while (true) {
                try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
                    out.write((COUNT.get() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    /** The embedded database of dev and test (devdb), started if no test has yet. */
    private static String embeddedDatabaseUrl() {
        try {
            Method url = Class.forName("dev.newsgraph.devdb.EmbeddedDatabase").getDeclaredMethod("jdbcUrl");
            url.setAccessible(true);
            return (String) url.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int start(String host, int port) throws IOException {
        {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("round-trips-accept").start(() -> {
                while (true) {
                    try {
                        Socket client = server.accept();
                        Socket database = new Socket(host, port);
                        pipe("round-trips-to-db", client.getInputStream(), database.getOutputStream(), true);
                        pipe("round-trips-to-client", database.getInputStream(), client.getOutputStream(), false);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            return server.getLocalPort();
        }
    }

    private static void pipe(String name, InputStream in, OutputStream out, boolean count) {
        Thread.ofPlatform().daemon().name(name).start(() -> {
            Messages messages = new Messages();
            byte[] buffer = new byte[65536];
            try (in; out) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    if (count) {
                        messages.read(buffer, n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: the connection is over
            }
        });
    }

    /** Splits what a client sends into messages and counts those the server answers. */
    private static final class Messages {
        private boolean startup = true; // before the startup message, messages have no type byte
        private final byte[] header = new byte[8];
        private int headerRead;
        private long bodyLeft;

        void read(byte[] bytes, int length) {
            int headerSize = startup ? 8 : 5;
            for (int i = 0; i < length;) {
                if (bodyLeft > 0) {
                    int skip = (int) Math.min(bodyLeft, length - i);
                    bodyLeft -= skip;
                    i += skip;
                    continue;
                }
                header[headerRead++] = bytes[i++];
                if (headerRead < headerSize) {
                    continue;
                }
                headerRead = 0;
                if (startup) {
                    int code = readInt(4);
                    bodyLeft = readInt(0) - 8L;
                    startup = code == SSL_REQUEST || code == GSS_REQUEST;
                    headerSize = startup ? 8 : 5;
                } else {
                    if (header[0] == 'Q' || header[0] == 'S') {
                        COUNT.incrementAndGet();
                    }
                    bodyLeft = readInt(1) - 4L;
                }
            }
        }

        private int readInt(int at) {
            return (header[at] & 0xff) << 24 | (header[at + 1] & 0xff) << 16 | (header[at + 2] & 0xff) << 8
                    | header[at + 3] & 0xff;
        }
    }
}
