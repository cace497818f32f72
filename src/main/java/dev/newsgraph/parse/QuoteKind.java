package dev.newsgraph.parse;

public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT
}
