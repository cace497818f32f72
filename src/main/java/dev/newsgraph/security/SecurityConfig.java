package dev.newsgraph.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.security")
public interface SecurityConfig {

    /** When false, mutations are open to anyone (dev mode only). */
    @WithDefault("true")
    boolean requireIngestRole();

    /** The role a caller needs for mutations. */
    @WithDefault("ingest")
    String ingestRole();
}
