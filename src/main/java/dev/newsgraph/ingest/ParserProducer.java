package dev.newsgraph.ingest;

import dev.newsgraph.parse.DocumentParser;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class ParserProducer {

    @Produces
    @Singleton
    DocumentParser documentParser() {
        return new DocumentParser();
    }
}
