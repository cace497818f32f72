package dev.newsgraph.article;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
@Description("Conditions an article must meet; all given ones apply.")
public class ArticleFilter {

    @Description("Full-text search over title and body (PostgreSQL full-text search, ranked).")
    public String search;

    @Description("Only articles of this publication, spelled exactly as Article.source.")
    public String source;

    @Description("Only articles that name this person (a Person.id).")
    @Id
    public String personId;

    @Description("Only articles published on or after this date.")
    public LocalDate publishedFrom;

    @Description("Only articles published on or before this date.")
    public LocalDate publishedTo;

    public static ArticleFilter byPerson(long personId) {
        ArticleFilter filter = new ArticleFilter();
        filter.personId = Long.toString(personId);
        return filter;
    }
}
