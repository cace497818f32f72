package dev.newsgraph.article;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
public class ArticleFilter {

    @Description("Full-text search over title and body (PostgreSQL full-text search, ranked).")
    public String search;

    public String source;

    @Id
    public String personId;

    public LocalDate publishedFrom;

    public LocalDate publishedTo;

    public static ArticleFilter byPerson(long personId) {
        ArticleFilter filter = new ArticleFilter();
        filter.personId = Long.toString(personId);
        return filter;
    }
}
