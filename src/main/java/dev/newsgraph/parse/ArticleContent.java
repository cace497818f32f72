package dev.newsgraph.parse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a format-specific extractor (HTML or text dump) finds on a page, before persons and quotes.
 * Any field but the lists and the page type may be null; without a page type the page is an article.
 */
public record ArticleContent(
        String title,
        String description,
        List<String> authors,
        String section,
        String language,
        LocalDate publishedDate,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String canonicalUrl,
        String siteName,
        ParsedImage leadImage,
        List<String> paragraphs,
        List<ParsedEditorialItem> editorialItems,
        PageType pageType) {

    public ArticleContent {
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        editorialItems = editorialItems == null ? List.of() : List.copyOf(editorialItems);
        pageType = pageType == null ? PageType.ARTICLE : pageType;
    }
}
