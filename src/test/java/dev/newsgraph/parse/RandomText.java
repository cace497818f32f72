package dev.newsgraph.parse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random page content for property tests: any Unicode, HTML-like pages, news-like text with hostile pieces. */
public final class RandomText {

    private static final List<String> WORDS = List.of("The", "minister", "said", "\"We", "will", "talk.\"",
            "Taliban", "envoy", "Zalmay", "Khalilzad", "on", "Monday", "according", "to", "officials", "—", "'",
            "Islamabad", "peace", "talks", "résumé", "北京", "مرحبا", "\u0000", "\u0001", "\ufffd", "\u200b",
            "&amp;", "&#0;", "&#x1F;", "<", ">", "\n", "\n\n", "\t", "\r\n");
    private static final List<String> TAGS = List.of("p", "div", "h1", "h2", "title", "article", "script",
            "style", "table", "tr", "td", "span", "a", "meta", "ul", "li", "aside", "nav", "figure", "figcaption");

    private RandomText() {
    }

    public static Arbitrary<String> anyUnicode() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    public static Arbitrary<String> newsText() {
        return Arbitraries.of(WORDS).list().ofMaxSize(300).map(words -> String.join(" ", words));
    }

    public static Arbitrary<String> htmlPages() {
        Arbitrary<String> element = Combinators.combine(Arbitraries.of(TAGS), newsText().map(t -> t.length() > 200
                ? t.substring(0, 200) : t), Arbitraries.of("", " class=\"x\"", " id=\"main\"", " content=\"\u0000\""))
                .as((tag, text, attr) -> "<" + tag + attr + ">" + text + "</" + tag + ">");
        return element.list().ofMaxSize(40).map(parts -> "<html><head>" + (parts.isEmpty() ? "" : parts.get(0))
                + "</head><body>" + String.join("", parts) + "</body></html>");
    }
}
