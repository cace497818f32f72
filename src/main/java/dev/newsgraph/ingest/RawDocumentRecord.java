package dev.newsgraph.ingest;

import dev.newsgraph.parse.DocumentFormat;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The document exactly as the scraper sent it, kept so that {@code reprocessArticles} can parse it again. */
@Entity
@Table(name = "raw_document")
public class RawDocumentRecord extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    public String url;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentFormat format;

    public String source;

    @Column(name = "fetched_at")
    public OffsetDateTime fetchedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
