package dev.newsgraph.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Counts and times ingests ({@code newsgraph_ingest_documents_total{status,format}},
 * {@code newsgraph_ingest_parse_seconds}, {@code newsgraph_ingest_store_seconds}) and logs one line per document:
 * its url, outcome and time, never its content.
 */
@ApplicationScoped
public class IngestMetrics {

    private static final Logger LOG = Logger.getLogger(IngestMetrics.class);

    @Inject
    MeterRegistry registry;

    <T> T timeParse(Supplier<T> work) {
        return time("newsgraph.ingest.parse", "Time to parse one document", work);
    }

    <T> T timeStore(Supplier<T> work) {
        return time("newsgraph.ingest.store", "Time to store one parsed document (one transaction)", work);
    }

    void done(String url, String status, String format, long startNanos) {
        registry.counter("newsgraph.ingest.documents", "status", status, "format", format).increment();
        LOG.infof("ingest url=%s status=%s format=%s ms=%d", url == null ? "-" : url, status, format,
                (System.nanoTime() - startNanos) / 1_000_000);
    }

    private <T> T time(String name, String description, Supplier<T> work) {
        Timer timer = Timer.builder(name).description(description).publishPercentileHistogram().register(registry);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
