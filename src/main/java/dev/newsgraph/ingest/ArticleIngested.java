package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;

/** Fired inside the ingest transaction; subscribers hear of it only once it has committed. */
public record ArticleIngested(Article article) {
}
