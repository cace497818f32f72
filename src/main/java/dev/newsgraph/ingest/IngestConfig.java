package dev.newsgraph.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.ingest")
public interface IngestConfig {

    /** Largest document accepted, in bytes of UTF-8. */
    @WithDefault("5242880")
    int maxDocumentBytes();

    /** Most documents one ingestDocuments call may carry. */
    @WithDefault("100")
    int maxBatchSize();
}
