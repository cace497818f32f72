package dev.newsgraph.ingest;

import dev.newsgraph.parse.RawDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What makes two deliveries of a document "the same content". */
final class ContentHash {

    private ContentHash() {
    }

    static String of(RawDocument document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(document.format().name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(document.source()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(document.content().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
