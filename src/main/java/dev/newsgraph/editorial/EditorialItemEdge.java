package dev.newsgraph.editorial;

import org.eclipse.microprofile.graphql.NonNull;

public record EditorialItemEdge(@NonNull String cursor, @NonNull EditorialItem node) {
}
