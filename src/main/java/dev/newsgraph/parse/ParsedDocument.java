package dev.newsgraph.parse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The full parse of one document: the pipeline's output and the {@code parseDocument} GraphQL type. */
public record ParsedDocument(
        String title,
        String description,
        List<String> authors,
        String section,
        String language,
        LocalDate publishedDate,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String canonicalUrl,
        String source,
        ParsedImage leadImage,
        List<String> paragraphs,
        String text,
        int wordCount,
        List<ParsedPerson> persons,
        List<ParsedQuote> quotes,
        List<ParsedEditorialItem> editorialItems,
        List<String> warnings,
        PageType pageType) {
}
