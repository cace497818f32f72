package dev.newsgraph.parse;

import dev.newsgraph.parse.html.HtmlArticleExtractor;
import dev.newsgraph.parse.people.PeopleExtractor;
import dev.newsgraph.parse.text.TextDumpExtractor;
import java.util.ArrayList;
import java.util.List;

/** The whole pipeline: raw document in, {@link ParsedDocument} out. Thread-safe and free of I/O. */
public final class DocumentParser {

    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final TextDumpExtractor text = new TextDumpExtractor();
    private final PeopleExtractor people = new PeopleExtractor();

    public ParsedDocument parse(RawDocument document) {
        String raw = document.content() == null ? "" : document.content();
        if (ControlCharacters.isMostlyJunk(raw)) {
            throw new UnparseableDocumentException("The document is not text: most of its characters are control or"
                    + " replacement characters. Send the page's HTML or text, decoded as UTF-8.");
        }
        String content = ControlCharacters.strip(raw);
        DocumentFormat format = document.format() == DocumentFormat.AUTO ? FormatDetector.detect(content)
                : document.format();
        if (format == DocumentFormat.HTML) {
            content = ControlCharacters.stripHtml(content);
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
        PeopleAndQuotes found = people.extract(paragraphs);
        String body = String.join("\n\n", paragraphs);
        String source = firstNonBlank(document.source(), article.siteName());
        return new ParsedDocument(title, article.description(), article.authors(), article.section(),
                article.language(), article.publishedDate(), article.publishedAt(), article.modifiedAt(),
                article.canonicalUrl(), source, article.leadImage(), paragraphs, body, TextStats.wordCount(body),
                found.persons(), found.quotes(), article.editorialItems(), List.copyOf(warnings));
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
