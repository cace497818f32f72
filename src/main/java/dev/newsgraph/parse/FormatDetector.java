package dev.newsgraph.parse;

import java.util.regex.Pattern;

/** Tells HTML from a plain-text dump by looking for markup near the start of the document. */
final class FormatDetector {

    private static final Pattern MARKUP = Pattern.compile(
            "(?is)<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<(p|div|article|main|section|span|a|meta|title|h[1-6]|br)(\\s[^>]*)?/?>");

    private FormatDetector() {
    }

    static DocumentFormat detect(String content) {
        String head = content.length() > 65536 ? content.substring(0, 65536) : content;
        return MARKUP.matcher(head).find() ? DocumentFormat.HTML : DocumentFormat.TEXT;
    }
}
