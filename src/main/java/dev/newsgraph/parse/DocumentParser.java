package dev.newsgraph.parse;

import dev.newsgraph.parse.html.HtmlArticleExtractor;
import dev.newsgraph.parse.people.PeopleExtractor;
import dev.newsgraph.parse.text.TextDumpExtractor;
import java.util.ArrayList;
import java.util.List;

/** The whole pipeline: raw document in, {@link ParsedDocument} out. Thread-safe and free of I/O. */
public final class DocumentParser {

    /**
     * Persons and quotes are looked for in this much body text at most. Real articles stay far below it (a 10,000-word
     * feature is about 60,000 characters); it bounds the time a multi-megabyte page of text takes.
     */
    static final int PEOPLE_SEARCH_CHARS = 100_000;

    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final TextDumpExtractor text = new TextDumpExtractor();
    private final PeopleExtractor people = new PeopleExtractor();

    public ParsedDocument parse(RawDocument document) {
        String raw = document.content() == null ? "" : document.content();
        String content = ControlCharacters.requireTextAndStrip(raw);
        DocumentFormat format = document.format() == DocumentFormat.AUTO ? FormatDetector.detect(content)
                : document.format();
        if (format == DocumentFormat.HTML) {
            content = ControlCharacters.stripReferences(content);
        }
        ArticleContent article = format == DocumentFormat.HTML ? html.extract(content, document.url())
                : text.extract(content);
        List<String> paragraphs = article.paragraphs();
        String title = firstNonBlank(article.title());
        if (title == null && paragraphs.isEmpty()) {
            throw new UnparseableDocumentException("No article found: the document has neither a title nor body text.");
        }
        if (!hasWords(title, paragraphs)) {
            throw new UnparseableDocumentException("No article found: the document's text has no words.");
        }
        List<String> warnings = new ArrayList<>();
        if (title == null) {
            warnings.add("No title found; the first words of the body stand in for it.");
            title = TextStats.headline(paragraphs.get(0));
        }
        if (paragraphs.isEmpty()) {
            warnings.add("No body text found.");
        }
        if (article.publishedDate() == null) {
            warnings.add("No publication date found.");
        }
        List<String> searched = leading(paragraphs, PEOPLE_SEARCH_CHARS);
        if (searched != paragraphs) {
            warnings.add("The body is very long: persons and quotes were looked for in its first "
                    + PEOPLE_SEARCH_CHARS + " characters only.");
        }
        PeopleAndQuotes found = people.extract(searched);
        String body = String.join("\n\n", paragraphs);
        String source = firstNonBlank(document.source(), article.siteName());
        return new ParsedDocument(title, article.description(), article.authors(), article.section(),
                article.language(), article.publishedDate(), article.publishedAt(), article.modifiedAt(),
                article.canonicalUrl(), source, article.leadImage(), paragraphs, body, TextStats.wordCount(body),
                found.persons(), found.quotes(), article.editorialItems(), List.copyOf(warnings),
                article.pageType());
    }

    /** The paragraphs up to {@code limit} characters in all, the last one cut at a space; the list itself if shorter. */
    static List<String> leading(List<String> paragraphs, int limit) {
        int left = limit;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() > left) {
                List<String> kept = new ArrayList<>(paragraphs.subList(0, i));
                int cut = p.lastIndexOf(' ', left);
                if (cut > 0) {
                    kept.add(p.substring(0, cut));
                }
                return kept;
            }
            left -= p.length();
        }
        return paragraphs;
    }

    private static boolean hasWords(String title, List<String> paragraphs) {
        return title != null && TextStats.wordCount(title) > 0 || paragraphs.stream().anyMatch(p -> TextStats.wordCount(p) > 0);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
