package dev.newsgraph.article;

import dev.newsgraph.graphql.IdentifiedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Description("A news article as parsed from one page, with the persons it names, their quotes and the editorial"
        + " items the page listed.")
@Entity
@Table(name = "article")
public class Article extends IdentifiedEntity {

    @Ignore
    @Column(name = "identity_key", nullable = false)
    public String identityKey;

    @Description("Where the page was fetched from: the article's identity.")
    public String url;

    @Description("The url the page declares as its canonical address.")
    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Description("The publication: as the scraper named it, else as the page does.")
    public String source;

    @Description("The headline, without the site name.")
    @NonNull
    public String title;

    @Description("The standfirst or summary the page gives.")
    public String description;

    @Description("The byline: one name per element.")
    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<@NonNull String> authors = new ArrayList<>();

    @Description("The section the page files the article under.")
    public String section;

    @Description("The page language (BCP 47, e.g. en, de-CH).")
    public String language;

    @Description("The calendar date the publication printed.")
    @Column(name = "published_date")
    public LocalDate publishedDate;

    @Description("Set only when a time of day is known.")
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Description("When the page says it was last modified.")
    @Column(name = "modified_at")
    public OffsetDateTime modifiedAt;

    @Ignore
    @Column(name = "lead_image_url")
    public String leadImageUrl;

    @Ignore
    @Column(name = "lead_image_caption")
    public String leadImageCaption;

    @Ignore
    @Column(name = "lead_image_credit")
    public String leadImageCredit;

    // The article text is the bulk of a row: loaded (with body, in one statement) only when a query asks for it, so
    // listings read the short columns alone.
    @Description("Clean body paragraphs, in order; no navigation, captions, ads, related links or sidebars.")
    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Basic(fetch = FetchType.LAZY)
    public List<@NonNull String> paragraphs = new ArrayList<>();

    @Ignore
    @Column(nullable = false)
    @Basic(fetch = FetchType.LAZY)
    public String body;

    @Description("Words in the body: runs of letters or digits.")
    @Column(name = "word_count")
    public int wordCount;

    @Ignore
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> warnings = new ArrayList<>();

    @Ignore
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Ignore
    @Column(name = "sort_date", nullable = false)
    public LocalDate sortDate;

    @Description("When newsgraph first stored the article.")
    @NonNull
    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;

    @Description("When the stored parse last changed (first ingest, update or reprocess).")
    @NonNull
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Description("The paragraphs joined by a blank line.")
    @NonNull
    public String getText() {
        return body;
    }

    @Description("The lead image with its caption and credit, when the page has one.")
    public Image getLeadImage() {
        if (leadImageUrl == null && leadImageCaption == null && leadImageCredit == null) {
            return null;
        }
        return new Image(leadImageUrl, leadImageCaption, leadImageCredit);
    }
}
