package dev.newsgraph.editorial;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleQueries;
import dev.newsgraph.graphql.SqlListing;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import dev.newsgraph.security.ReadAccess;

@GraphQLApi
@ReadAccess
public class EditorialItemResource {

    @Inject
    EditorialItemQueries items;

    @Inject
    ArticleQueries articles;

    @Query
    @Description("Items of the Opinion / Editorial lists that ingested pages showed, most recently listed first.")
    @NonNull
    public EditorialItemConnection editorialItems(
            @Description("Narrows the list; omit for all items.") EditorialItemFilter filter,
            @Description("How many items to return: 1 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (an endCursor or edge cursor of the same list); omit for the first page.") String after) {
        return EditorialItemConnection.of(items.list(filter, first, after));
    }

    @Name("editorialItems")
    @Description("Lists of other pieces shown on the same page (Opinion / Editorial sidebars).")
    @NonNull
    public List<@NonNull List<@NonNull EditorialItem>> itemsOf(@Source List<Article> sources) {
        return items.itemsOf(sources.stream().map(a -> a.id).toList());
    }

    @Name("article")
    @Description("The page on which the item was listed.")
    public List<Article> articleOf(@Source List<EditorialItem> sources) {
        return SqlListing.lookUp(sources.stream().map(e -> e.articleId).toList(), articles::byIds, a -> a.id);
    }
}
