package dev.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages that are not articles, made at run time from aeb-dev (never committed: third-party pages): each page with
 * its article removed, leaving the site's chrome (header, navigation, teasers, sidebars, footer). Removed: every
 * element whose text is a run of the benchmark's article text (at least five words), the h1s, JSON-LD and the
 * article meta tags; the {@code <title>} becomes the site's name, as on a page of the site that holds no article.
 */
public final class ChromePages {

    private static final int MIN_WORDS = 5;

    private ChromePages() {
    }

    /** Page id to chrome-only HTML, for every page of {@code <aeb-dev>/html} with an answer in its ground truth. */
    public static Map<String, String> fromAeb(Path aebDir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(aebDir.resolve("ground-truth.json").toFile());
        Map<String, String> out = new LinkedHashMap<>();
        for (Path file : AebPredictions.htmlFiles(aebDir.resolve("html"))) {
            String id = file.getFileName().toString().replaceFirst("\\.html?$", "");
            JsonNode entry = truth.get(id);
            if (entry == null) {
                continue;
            }
            out.put(id, withoutArticle(PageFiles.read(file), entry.path("articleBody").asText(""),
                    entry.path("url").asText("")));
        }
        return out;
    }

    static String withoutArticle(String html, String articleBody, String url) {
        Document doc = Jsoup.parse(html);
        String article = " " + fold(articleBody) + " ";
        List<Element> remove = new ArrayList<>();
        collect(doc.body(), article, remove);
        remove.forEach(Element::remove);
        doc.select("h1, script[type*=ld+json], meta[property^=article:], meta[name^=article:], meta[property^=og:],"
                + " meta[name^=twitter:], meta[name=description], meta[itemprop]").remove();
        doc.select("[itemprop=articleBody], [itemprop=headline], [itemprop=datePublished]").remove();
        String site = host(url);
        doc.title(site == null ? "" : site);
        return doc.outerHtml();
    }

    /** The outermost elements whose whole text lies in the article's text. */
    private static void collect(Element el, String article, List<Element> remove) {
        for (Element c : el.children()) {
            String text = fold(c.text());
            if (text.split(" ").length >= MIN_WORDS && article.contains(" " + text + " ")) {
                remove.add(c);
            } else {
                collect(c, article, remove);
            }
        }
    }

    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
