package dev.newsgraph.quote;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleQueries;
import dev.newsgraph.person.Person;
import dev.newsgraph.person.PersonQueries;
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
public class QuoteResource {

    @Inject
    QuoteQueries quotes;

    @Inject
    ArticleQueries articles;

    @Inject
    PersonQueries persons;

    @Query
    @Description("Quotes newest first, filtered by speaker, kind or words.")
    @NonNull
    public QuoteConnection quotes(@Description("Narrows the list; omit for all quotes.") QuoteFilter filter,
            @Description("How many items to return: 1 to 100.") @DefaultValue("20") Integer first,
            @Description("Return the items after this cursor (an endCursor or edge cursor of the same list); omit for the first page.") String after) {
        return QuoteConnection.of(quotes.list(filter, first, after));
    }

    @Name("quotes")
    @Description("The quotes the article reports, in reading order.")
    @NonNull
    public List<@NonNull List<@NonNull Quote>> quotesOf(@Source List<Article> sources) {
        return quotes.quotesOf(sources.stream().map(a -> a.id).toList());
    }

    @Name("article")
    @Description("The article that reports the quote.")
    @NonNull
    public List<@NonNull Article> articleOf(@Source List<Quote> sources) {
        return SqlListing.lookUp(sources.stream().map(q -> q.articleId).toList(), articles::byIds, a -> a.id);
    }

    @Name("speaker")
    @Description("Null when the speaker is not a person (an organisation, a statement) or unknown.")
    public List<Person> speakerOf(@Source List<Quote> sources) {
        return SqlListing.lookUp(sources.stream().map(q -> q.speakerId).toList(), persons::byIds, p -> p.id);
    }
}
