package dev.newsgraph.person;

import org.eclipse.microprofile.graphql.NonNull;

public record PersonEdge(@NonNull String cursor, @NonNull Person node) {
}
