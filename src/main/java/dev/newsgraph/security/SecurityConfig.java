package dev.newsgraph.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may do what. Tokens are verified by SmallRye JWT from {@code mp.jwt.verify.publickey.location} and
 * {@code mp.jwt.verify.issuer}; this only says which calls need one.
 */
@ConfigMapping(prefix = "newsgraph.security")
public interface SecurityConfig {

    /** When false, mutations are open to anyone (dev mode only). */
    @WithDefault("true")
    boolean requireIngestRole();

    /** The group (JWT {@code groups} claim) a caller needs for mutations. */
    @WithDefault("ingest")
    String ingestRole();

    /** When true, queries and subscriptions need a valid token too (any group). */
    @WithDefault("false")
    boolean readsRequireToken();
}
