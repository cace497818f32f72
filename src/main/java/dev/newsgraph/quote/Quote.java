package dev.newsgraph.quote;

import dev.newsgraph.graphql.IdentifiedEntity;
import dev.newsgraph.parse.QuoteKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Words an article attributes to a speaker.")
@Entity
@Table(name = "quote")
public class Quote extends IdentifiedEntity {

    @Ignore
    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Description("The quoted words, without the quote marks; for INDIRECT the reported clause.")
    @NonNull
    public String text;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Direct, partial or indirect (reported) speech.")
    public QuoteKind kind;

    @Ignore
    @Column(name = "speaker_id")
    public Long speakerId;

    @Description("The speaker as the article names them at the quote (Smith, he, the ministry).")
    @Column(name = "speaker_name")
    public String speakerName;

    @Description("The verb or phrase that attributes the quote: said, wrote, according to.")
    public String cue;

    @Description("Index into article.paragraphs.")
    public int paragraph;

    @Ignore
    public int position;
}
