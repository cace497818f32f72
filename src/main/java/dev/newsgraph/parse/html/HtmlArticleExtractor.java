package dev.newsgraph.parse.html;

import dev.newsgraph.parse.ArticleContent;
import dev.newsgraph.parse.ParsedEditorialItem;
import dev.newsgraph.parse.PageType;
import dev.newsgraph.parse.TextStats;
import dev.newsgraph.parse.ParsedImage;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in an HTML page: metadata and clean body paragraphs. Thread-safe and stateless; one jsoup
 * parse and a few linear passes per page.
 */
public final class HtmlArticleExtractor {

    public ArticleContent extract(String html, String url) {
        Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        PageSignals page = PageSignals.scan(doc);
        JsonLdArticle ld = JsonLdArticle.from(page.jsonLd);
        String siteName = Texts.firstNonBlank(page.meta("og:site_name", "application-name", "twitter:site:name"),
                ld.publisher);
        String title = TitleFinder.find(page, ld, siteName, host(doc.location()));

        Element body = doc.body();
        List<TextBlock> blocks = BlockSegmenter.segment(body);
        BodyExtractor.Body found = BodyExtractor.extract(blocks, body, title);

        int headline = headlineBlock(blocks, title);
        int titleBlock = titleBlock(blocks, title);
        DateFinder.Dates dates = DateFinder.find(page, ld, blocks, titleBlock >= 0 ? titleBlock : headline,
                titleBlock >= 0, doc.location());
        List<String> authors = BylineFinder.find(page, ld, siteName, blocks, headline);
        ParsedImage image = LeadImageFinder.find(page, ld, found.container());
        String description = Texts.firstNonBlank(page.meta("og:description", "description", "twitter:description"),
                ld.description);
        String section = Texts.firstNonBlank(page.meta("article:section", "parsely-section", "section"), ld.section);
        String language = Texts.firstNonBlank(page.language, page.meta("content-language", "og:locale", "language"));
        String canonical = Texts.firstNonBlank(page.canonical, page.meta("og:url"));
        DateParser.Found published = dates.published();
        List<ParsedEditorialItem> editorial = EditorialFinder.find(page.sectionHeadings, found.paragraphs(),
                page.language);
        PageType type = PageTypeFinder.find(page, ld, blocks, found.paragraphs(), title, titleBlock);
        if (title == null && type != PageType.ARTICLE) {
            title = firstText(blocks); // a page without an article is still reported, under its first words
        }
        return new ArticleContent(title, description, authors, section, language,
                published == null ? null : published.date(), published == null ? null : published.at(),
                dates.modifiedAt(), canonical, siteName, image, found.paragraphs(), editorial, type);
    }

    private static String firstText(List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (b.chars > 0) {
                return TextStats.headline(b.text);
            }
        }
        return null;
    }

    private static String host(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            return java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Index of the block that shows the title: an h1 whose text is the title, else another heading, else a clean
     * paragraph or div (not boilerplate, not a link), else an h1 that shares most of its words; -1 when none.
     */
    static int titleBlock(List<TextBlock> blocks, String title) {
        String folded = Texts.fold(title);
        if (folded.isEmpty()) {
            return -1;
        }
        int heading = -1;
        int other = -1;
        int similar = -1;
        for (TextBlock b : blocks) {
            boolean h1 = b.kind == TextBlock.Kind.HEADING && b.headingLevel == 1;
            if (Texts.foldEquals(b.text, folded)) {
                if (h1) {
                    return b.index;
                }
                if (b.kind == TextBlock.Kind.HEADING && heading < 0) {
                    heading = b.index;
                } else if (other < 0 && b.isParagraphLike() && !b.boilerplate && b.linkDensity() <= 0.5) {
                    other = b.index;
                }
            } else if (similar < 0 && h1 && Texts.wordOverlap(title, b.text) >= 0.6) {
                similar = b.index;
            }
        }
        return heading >= 0 ? heading : other >= 0 ? other : similar;
    }

    /** Index of the block holding the headline, or of the first h1; -1 when none. */
    private static int headlineBlock(List<TextBlock> blocks, String title) {
        String folded = Texts.fold(title);
        int firstH1 = -1;
        for (TextBlock b : blocks) {
            if (b.kind == TextBlock.Kind.HEADING && b.headingLevel == 1) {
                if (!folded.isEmpty() && Texts.foldEquals(b.text, folded)) {
                    return b.index;
                }
                if (firstH1 < 0) {
                    firstH1 = b.index;
                }
            }
        }
        return firstH1;
    }
}
