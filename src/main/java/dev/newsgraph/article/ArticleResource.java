package dev.newsgraph.article;

import dev.newsgraph.graphql.Ids;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import dev.newsgraph.security.ReadAccess;

@GraphQLApi
@ReadAccess
public class ArticleResource {

    @Inject
    ArticleQueries articles;

    @Query
    public Article article(@NonNull @Id String id) {
        return articles.byId(Ids.parse(id, "id"));
    }

    @Query
    @Description("The article stored under this url (or with it as canonical url).")
    public Article articleByUrl(@NonNull String url) {
        return articles.byUrl(url);
    }

    @Query
    @Description("Newest first (publishedDate, then ingestedAt), or by rank when filter.search is set.")
    @NonNull
    public ArticleConnection articles(ArticleFilter filter, @DefaultValue("20") Integer first, String after) {
        return ArticleConnection.of(articles.list(filter, first, after));
    }
}
