package dev.newsgraph.story;

import dev.newsgraph.article.Article;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** What placing an article in a story reads of it: its stored parse, not the raw page. */
record ArticleFacts(long id, String title, String description, List<String> paragraphs, OffsetDateTime publishedAt,
        LocalDate publishedDate, OffsetDateTime ingestedAt, String url, String canonicalUrl, String source) {

    static ArticleFacts of(Article a) {
        return new ArticleFacts(a.id, a.title, a.description, a.paragraphs, a.publishedAt, a.publishedDate,
                a.ingestedAt, a.url, a.canonicalUrl, a.source);
    }

    /** When it appeared: publishedAt, else the printed date's midnight UTC, else when it was stored. */
    OffsetDateTime time() {
        if (publishedAt != null) {
            return publishedAt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (publishedDate != null) {
            return publishedDate.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        return ingestedAt.withOffsetSameInstant(ZoneOffset.UTC);
    }

    int day() {
        return (int) time().toLocalDate().toEpochDay();
    }

    /** The site it comes from: the url's host without www., else the publication's name. */
    String site() {
        for (String address : new String[] { url, canonicalUrl }) {
            if (address == null) {
                continue;
            }
            try {
                String host = URI.create(address.strip()).getHost();
                if (host != null && !host.isBlank()) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a usable address: try the next one
            }
        }
        return source;
    }
}
