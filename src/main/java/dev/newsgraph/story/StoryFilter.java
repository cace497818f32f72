package dev.newsgraph.story;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StoryFilter")
@Description("Conditions a story must meet; all given ones apply.")
public class StoryFilter {

    @Description("Only stories with an article whose title or body matches these words (PostgreSQL full-text"
            + " search, English stemming).")
    public String search;

    @Description("Only stories with an article that names this person (a Person.id).")
    @Id
    public String personId;

    @Description("Only stories active on or after this date: their latest article appeared on or after it (UTC).")
    public LocalDate from;

    @Description("Only stories that had begun by this date: their earliest article appeared on or before it (UTC).")
    public LocalDate to;

    @Description("Only stories with at least this many articles.")
    public Integer minArticles;
}
