package dev.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Near-copies of real articles, made at test time: an article's text (aeb ground truth) put in another site's
 * chrome (navigation, a related-stories list, newsletter and cookie boxes, footer) with the edits syndication makes:
 * a retouched headline, a dateline added, a paragraph dropped, an editor's note added, or all of them.
 */
public final class CopySet {

    public enum Edit { HEADLINE_AND_DATELINE, PARAGRAPH_DROPPED, EDITORS_NOTE, ALL }

    private static final String[] DATELINES = { "NEW YORK (Wire) \u2014 ", "LONDON, Nov 19 (Wire) - ",
            "WASHINGTON \u2013 " };
    private static final String[] SITES = { "dailyledger", "metro-herald", "courierwire" };

    private CopySet() {
    }

    /** The page of copy {@code n} of an article, in the chrome of site {@code n % 3}, edited as {@code edit}. */
    public static String page(int n, Edit edit, String title, String date, List<String> paragraphs,
            List<String> otherTitles) {
        List<String> body = new ArrayList<>(paragraphs);
        String headline = title;
        if (edit == Edit.HEADLINE_AND_DATELINE || edit == Edit.ALL) {
            headline = retouch(title);
            body.set(0, DATELINES[n % DATELINES.length] + body.get(0));
        }
        if ((edit == Edit.PARAGRAPH_DROPPED || edit == Edit.ALL) && body.size() > 2) {
            body.remove(body.size() / 2);
        }
        if (edit == Edit.EDITORS_NOTE || edit == Edit.ALL) {
            body.add("Editor's note: This article was first published by our partners and is republished here with"
                    + " permission. It has been edited for length and updated with the latest information.");
        }
        String site = SITES[n % SITES.length];
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(headline)).append(" | ").append(site).append("</title>")
                .append("<meta property=\"og:title\" content=\"").append(escape(headline)).append("\">")
                .append("<meta property=\"og:site_name\" content=\"").append(site).append("\">");
        if (date != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
        }
        html.append("</head><body><div class=\"cookie-banner\">We use cookies to improve your experience. Accept all"
                + " cookies or manage your preferences.</div><header class=\"site-header\"><a href=\"/\">")
                .append(site).append("</a><nav class=\"main-nav\"><ul>");
        for (String section : new String[] { "World", "Business", "Politics", "Tech", "Science", "Sport", "Culture" }) {
            html.append("<li><a href=\"/").append(section.toLowerCase()).append("\">").append(section)
                    .append("</a></li>");
        }
        html.append("</ul></nav></header><main><article><h1>").append(escape(headline)).append("</h1>")
                .append("<p class=\"byline\">By Staff and wire reports</p>");
        if (date != null) {
            html.append("<time datetime=\"").append(date).append("\">").append(date).append("</time>");
        }
        for (String p : body) {
            html.append("<p>").append(escape(p)).append("</p>");
        }
        html.append("<div class=\"share\">Share this article: Facebook Twitter Email</div></article>")
                .append("<aside class=\"related\"><h2>Related stories</h2><ul>");
        for (String other : otherTitles) {
            html.append("<li><a href=\"/story/").append(Math.abs(other.hashCode())).append("\">")
                    .append(escape(other)).append("</a></li>");
        }
        html.append("</ul></aside><div class=\"newsletter\">Sign up for our morning briefing: the news you need,"
                + " in your inbox every day.</div></main><footer><p>\u00a9 2019 ").append(site)
                .append(". All rights reserved.</p><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/privacy\">"
                        + "Privacy policy</a></li><li><a href=\"/terms\">Terms of use</a></li></ul></footer>"
                        + "</body></html>");
        return html.toString();
    }

    /** A retouched headline: a wire-style prefix and the last word dropped. */
    static String retouch(String title) {
        int cut = title.strip().lastIndexOf(' ');
        return "UPDATE: " + (cut > 0 ? title.strip().substring(0, cut) : title.strip());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
