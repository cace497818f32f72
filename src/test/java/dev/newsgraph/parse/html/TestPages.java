package dev.newsgraph.parse.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the saved pages under {@code src/test/resources/pages/}. */
final class TestPages {

    private TestPages() {
    }

    static String load(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream("/pages/" + name + ".html")) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
