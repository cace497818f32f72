package dev.newsgraph.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the jar, or the native binary under -Pnative) started as a child process on a free port
 * against a given database, with the test tokens' public key; returns once it is ready.
 */
public record PackagedApp(Process process, int port) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static PackagedApp start(String jdbcUrl, Path log) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        if (Boolean.getBoolean("newsgraph.native")) {
            command.add(System.getProperty("native.image.path"));
        } else {
            command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                    "target/quarkus-app/quarkus-run.jar"));
        }
        command.addAll(1, List.of("-Dquarkus.http.port=" + port, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Dmp.jwt.verify.publickey.location=" + TestTokens.publicKeyLocation(),
                "-Dmp.jwt.verify.issuer=" + TestTokens.ISSUER));
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertTrue(app.isAlive(), "the application exited; see " + log);
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return new PackagedApp(app, port);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not become ready; see " + log);
    }
}
