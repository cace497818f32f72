package dev.newsgraph.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The one spelling of an article url under which it is stored and looked up: http(s), no fragment. */
public final class ArticleUrls {

    private ArticleUrls() {
    }

    /** Empty when {@code url} is not an absolute http(s) address. */
    public static Optional<String> normalize(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new URI(scheme, uri.getAuthority(), uri.getPath(), uri.getQuery(), null).toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
