package dev.newsgraph.story;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleConnection;
import dev.newsgraph.article.ArticleQueries;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.SqlListing;
import dev.newsgraph.quote.QuoteConnection;
import dev.newsgraph.security.IngestAuthorization;
import dev.newsgraph.security.ReadAccess;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ReadAccess
public class StoryResource {

    private static final String FIRST = "How many items to return: 1 to 100.";
    private static final String AFTER = "Return the items after this cursor (an endCursor or edge cursor of the same"
            + " list); omit for the first page.";

    @Inject
    StoryQueries stories;

    @Inject
    ArticleQueries articles;

    @Inject
    StoryBroadcast broadcast;

    @Inject
    StoryRecompute recompute;

    @Inject
    IngestAuthorization authorization;

    @Query
    @Description("The story with this id; null when there is none (a story merged into another loses its id).")
    public Story story(@Description("A Story.id.") @NonNull @Id String id) {
        return stories.byId(Ids.parse(id, "id"));
    }

    @Query
    @Description("Stories, latest activity first (the time of their latest article).")
    @NonNull
    public StoryConnection stories(@Description("Narrows the list; omit for all stories.") StoryFilter filter,
            @Description(FIRST) @DefaultValue("20") Integer first, @Description(AFTER) String after) {
        return StoryConnection.of(stories.list(filter, first, after));
    }

    @Name("articles")
    @Description("The story's articles, earliest first (publishedAt, else the printed date, else ingestedAt).")
    @NonNull
    public List<@NonNull ArticleConnection> articlesOf(@Source List<Story> sources,
            @Description(FIRST) @DefaultValue("20") Integer first, @Description(AFTER) String after) {
        return stories.articlesOf(sources, first, after).stream().map(ArticleConnection::of).toList();
    }

    @Name("persons")
    @Description("The persons the story's articles name, most mentioned first (mentions summed over the articles).")
    @NonNull
    public List<@NonNull List<@NonNull StoryPerson>> personsOf(@Source List<Story> sources,
            @Description(FIRST) @DefaultValue("10") Integer first) {
        return stories.personsOf(sources, first);
    }

    @Name("quotes")
    @Description("The quotes of the story's articles, newest first.")
    @NonNull
    public QuoteConnection quotesOf(@Source Story story, @Description(FIRST) @DefaultValue("20") Integer first,
            @Description(AFTER) String after) {
        return QuoteConnection.of(stories.quotesOf(story, first, after));
    }

    @Name("story")
    @Description("The story the article belongs to: every article is in exactly one.")
    @NonNull
    public List<@NonNull Story> storyOf(@Source List<Article> sources) {
        return SqlListing.lookUp(stories.storyIdsOf(ids(sources)), stories::byIds, s -> s.id);
    }

    @Name("copyOf")
    @Description("The earliest article this one is a near-copy of (a syndicated or re-posted text, perhaps retouched);"
            + " null when it is no copy. Always the first of its copies, never a copy itself.")
    public List<Article> copyOfOf(@Source List<Article> sources) {
        return SqlListing.lookUp(stories.copyOfIdsOf(ids(sources)), articles::byIds, a -> a.id);
    }

    @Name("copies")
    @Description("The later near-copies of this article, earliest first; empty for an article that is itself a copy.")
    @NonNull
    public List<@NonNull List<@NonNull Article>> copiesOf(@Source List<Article> sources) {
        return stories.copiesOf(ids(sources));
    }

    @Subscription
    @Description("Each story as it is created or gains an article (also when articles are deleted or reprocessed).")
    @NonNull
    public Multi<@NonNull Story> storyUpdated() {
        return broadcast.stream();
    }

    @Mutation
    @Description("Delete every story and place every article again, in ingest order, with the current method;"
            + " returns how many articles were placed. Run it after the method changed, while ingest is paused"
            + " (articles ingested meanwhile are placed against the stories rebuilt so far). Needs the ingest role.")
    public int recomputeStories() {
        authorization.requireIngestRole();
        return recompute.recomputeAll();
    }

    private static List<Long> ids(List<Article> sources) {
        return sources.stream().map(a -> a.id).toList();
    }
}
