package dev.newsgraph.quote;

import org.eclipse.microprofile.graphql.NonNull;

public record QuoteEdge(@NonNull String cursor, @NonNull Quote node) {
}
