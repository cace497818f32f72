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
    @Description("The article with this id; null when there is none.")
    public Article article(@Description("An Article.id.") @NonNull @Id String id) {
        return articles.byId(Ids.parse(id, "id"));
    }

    @Query
    @Description("The article stored under this url (or with it as canonical url).")
    public Article articleByUrl(
            @Description("The url it was ingested under, or its canonical url; normalized as on ingest.") @NonNull String url) {
        return articles.byUrl(url);
    }

    @Query
    @Description("Newest first (publishedDate, then ingestedAt), or by rank when filter.search is set.")
    @NonNull
    public ArticleConnection articles(@Description("Narrows the list; omit for all articles.") ArticleFilter filter,
            @Description("How many items to return: 1 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (an endCursor or edge cursor of the same list); omit for the first page.") String after) {
        return ArticleConnection.of(articles.list(filter, first, after));
    }
}
