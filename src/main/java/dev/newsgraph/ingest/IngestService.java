package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;
import dev.newsgraph.db.StaleConnections;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.BatchTooLargeException;
import dev.newsgraph.graphql.NotAnArticleException;
import dev.newsgraph.graphql.NotFoundException;
import dev.newsgraph.graphql.UnparseableDocumentError;
import dev.newsgraph.parse.DocumentParser;
import dev.newsgraph.parse.PageType;
import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.parse.UnparseableDocumentException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** Check, parse, store: parsing runs outside the transaction, which covers only the writes of one document. */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    private static final int REPROCESS_BATCH = 200;
    static final String PARSER_FAILED = "The parser failed on this document; the failure was logged and nothing was"
            + " stored. Sending it again fails the same way: report the url.";

    @Inject
    DocumentCheck check;

    @Inject
    DocumentParser parser;

    @Inject
    ArticleStore store;

    @Inject
    StaleConnections connections; // a save that failed on a closed connection rolled back whole: run it again

    @Inject
    IngestConfig config;

    @Inject
    IngestMetrics metrics;

    public ParsedDocument parse(DocumentInput input) {
        return parse(check.check(input));
    }

    public IngestResult ingest(DocumentInput input) {
        long start = System.nanoTime();
        String format = input == null || input.format == null ? "AUTO" : input.format.name();
        String url = input == null ? null : input.url;
        try {
            RawDocument raw = check.check(input);
            ParsedDocument parsed = metrics.timeParse(() -> parse(raw));
            if (parsed.pageType() != PageType.ARTICLE && !Boolean.TRUE.equals(input.acceptAnyPage)) {
                throw new NotAnArticleException("The page is not an article (pageType " + parsed.pageType()
                        + "); nothing was stored. Send acceptAnyPage: true to store it anyway.");
            }
            IngestResult result = metrics.timeStore(() -> connections.retried(() -> store.save(raw, input.fetchedAt, parsed)));
            metrics.done(url, result.getStatus().name(), format, start);
            return result;
        } catch (ApiException e) {
            metrics.done(url, "REFUSED", format, start);
            throw e;
        }
    }

    /** Each document on its own: a refused one becomes a failed result at its index, the others are stored. */
    public List<IngestResult> ingestAll(List<DocumentInput> inputs) {
        if (inputs.size() > config.maxBatchSize()) {
            throw new BatchTooLargeException("A batch may hold at most " + config.maxBatchSize() + " documents, got "
                    + inputs.size() + ": split it.");
        }
        List<IngestResult> results = new ArrayList<>(inputs.size());
        for (DocumentInput input : inputs) {
            try {
                results.add(ingest(input));
            } catch (ApiException e) {
                results.add(IngestResult.failed(e));
            }
        }
        return results;
    }

    public void delete(long articleId) {
        store.delete(articleId);
    }

    /** Unknown ids are refused before anything is rewritten. */
    public int reprocess(List<Long> ids) {
        if (ids != null) {
            List<Long> distinct = ids.stream().distinct().toList();
            long known = distinct.isEmpty() ? 0 : Article.count("id in ?1", distinct);
            if (known != distinct.size()) {
                List<Long> found = Article.<Article>list("id in ?1", distinct).stream().map(a -> a.id).toList();
                List<Long> missing = distinct.stream().filter(id -> !found.contains(id)).toList();
                throw new NotFoundException("No article with id " + missing + ".");
            }
            distinct.forEach(id -> store.rewrite(id, this::parse));
            return distinct.size();
        }
        int count = 0;
        long after = 0;
        while (true) {
            List<Long> batch = Article.<Article>find("id > ?1 order by id", after).page(0, REPROCESS_BATCH).list()
                    .stream().map(a -> a.id).toList();
            if (batch.isEmpty()) {
                return count;
            }
            for (Long id : batch) {
                try {
                    store.rewrite(id, this::parse);
                    count++;
                } catch (UnparseableDocumentError e) {
                    LOG.warnf("Article %d no longer parses and keeps its stored version: %s", id, e.getMessage());
                }
            }
            after = batch.get(batch.size() - 1);
        }
    }

    private ParsedDocument parse(RawDocument raw) {
        return parseOrRefuse(parser::parse, raw);
    }

    /**
     * A document the parser fails on is refused as unparseable, not answered INTERNAL_SERVER_ERROR: the scraper can
     * do nothing about it and a retry fails the same way. The failure is a parser bug, logged with its stack trace.
     */
    static ParsedDocument parseOrRefuse(Function<RawDocument, ParsedDocument> parser, RawDocument raw) {
        try {
            return parser.apply(raw);
        } catch (UnparseableDocumentException e) {
            throw new UnparseableDocumentError(e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Parser failure (a bug) on the document at %s", raw.url() == null ? "-" : raw.url());
            throw new UnparseableDocumentError(PARSER_FAILED);
        }
    }
}
