package dev.newsgraph.story;

import dev.newsgraph.graphql.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One news event as all stored sources report it: the articles about it, near-copies included, who they"
        + " name and quote, and when it broke.")
@Entity
@Table(name = "story")
public class Story extends IdentifiedEntity {

    @Description("The headline of its most representative article (the one most similar to the others).")
    @NonNull
    public String title;

    @Description("When its earliest article appeared: publishedAt, else the printed date (midnight UTC), else"
            + " ingestedAt.")
    @Column(name = "first_published_at")
    public OffsetDateTime firstPublishedAt;

    @Description("When its latest article appeared, reckoned as firstPublishedAt is.")
    @Column(name = "last_published_at")
    public OffsetDateTime lastPublishedAt;

    @Description("How many stored articles it holds, copies included.")
    @Column(name = "article_count")
    public int articleCount;

    @Description("How many distinct sites (url hosts, else publication names) its articles come from.")
    @Column(name = "source_count")
    public int sourceCount;

    @Ignore
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
