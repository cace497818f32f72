package dev.newsgraph.ingest;

public enum IngestStatus {
    CREATED, UPDATED, UNCHANGED
}
