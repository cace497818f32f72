package dev.newsgraph.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with an RSA key pair generated once per test JVM (never committed). The pair lives
 * in a temporary directory named by a system property, so the test code and the application under test, which may
 * load this class in different class loaders, share it.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.newsgraph.test";
    private static final String DIR_PROPERTY = "newsgraph.test.jwt-dir";

    private TestTokens() {
    }

    /** A valid token whose groups hold {@code ingest}: may mutate. */
    public static String ingest() {
        return token(ISSUER, Set.of("ingest"), Instant.now().plusSeconds(3600), privateKey());
    }

    /** A valid token without the ingest group. */
    public static String reader() {
        return token(ISSUER, Set.of("reader"), Instant.now().plusSeconds(3600), privateKey());
    }

    public static String expired() {
        return token(ISSUER, Set.of("ingest"), Instant.now().minusSeconds(600), privateKey());
    }

    public static String wrongIssuer() {
        return token("https://someone-else.example", Set.of("ingest"), Instant.now().plusSeconds(3600), privateKey());
    }

    /** Well formed, but signed with a key the service does not know. */
    public static String foreignSignature() {
        return token(ISSUER, Set.of("ingest"), Instant.now().plusSeconds(3600), generate().getPrivate());
    }

    /** The location of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public static String publicKeyLocation() {
        return dir().resolve("public.pem").toAbsolutePath().toString();
    }

    private static String token(String issuer, Set<String> groups, Instant expiresAt, PrivateKey key) {
        return Jwt.issuer(issuer).subject("test-scraper").upn("test-scraper").groups(groups)
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).sign(key);
    }

    private static PrivateKey privateKey() {
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(dir().resolve("private.pem"))
                    .replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path dir() {
        String existing = System.getProperty(DIR_PROPERTY);
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path dir = Files.createTempDirectory("newsgraph-test-jwt");
            KeyPair pair = generate();
            Files.writeString(dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            dir.resolve("private.pem").toFile().deleteOnExit();
            dir.resolve("public.pem").toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            System.setProperty(DIR_PROPERTY, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
