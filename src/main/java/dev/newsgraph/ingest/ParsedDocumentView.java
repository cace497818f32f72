package dev.newsgraph.ingest;

import dev.newsgraph.article.Image;
import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.ParsedEditorialItem;
import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.QuoteKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL face of the parser's {@link ParsedDocument}: the pipeline itself stays free of API annotations. */
@Type("ParsedDocument")
@Description("The parse of a document, without storing anything.")
public record ParsedDocumentView(@NonNull String title, String description, @NonNull List<@NonNull String> authors,
        String section, String language, LocalDate publishedDate, OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt, String canonicalUrl, String source, Image leadImage,
        @NonNull List<@NonNull String> paragraphs, @NonNull String text, int wordCount,
        @NonNull List<@NonNull Person> persons, @NonNull List<@NonNull Quote> quotes,
        @NonNull List<@NonNull EditorialItem> editorialItems, @NonNull List<@NonNull String> warnings) {

    static ParsedDocumentView of(ParsedDocument d) {
        Image image = d.leadImage() == null ? null
                : new Image(d.leadImage().url(), d.leadImage().caption(), d.leadImage().credit());
        return new ParsedDocumentView(d.title(), d.description(), d.authors(), d.section(), d.language(),
                d.publishedDate(), d.publishedAt(), d.modifiedAt(), d.canonicalUrl(), d.source(), image,
                d.paragraphs(), d.text(), d.wordCount(), d.persons().stream().map(Person::of).toList(),
                d.quotes().stream().map(Quote::of).toList(),
                d.editorialItems().stream().map(EditorialItem::of).toList(), d.warnings());
    }

    @Type("ParsedPerson")
    public record Person(@NonNull String name, @NonNull List<@NonNull String> aliases,
            @NonNull List<@NonNull String> roles, int mentions) {

        static Person of(ParsedPerson p) {
            return new Person(p.name(), p.aliases(), p.roles(), p.mentions());
        }
    }

    @Type("ParsedQuote")
    public record Quote(@NonNull String text, @NonNull QuoteKind kind, String speakerName,
            @Description("The resolved person's full name (speakerName as written).") String speaker, String cue,
            int paragraph) {

        static Quote of(ParsedQuote q) {
            return new Quote(q.text(), q.kind(), q.speakerName(), q.speaker(), q.cue(), q.paragraph());
        }
    }

    @Type("ParsedEditorialItem")
    public record EditorialItem(String section, @NonNull String title, String teaser, String url, LocalDate date,
            boolean updated) {

        static EditorialItem of(ParsedEditorialItem e) {
            return new EditorialItem(e.section(), e.title(), e.teaser(), e.url(), e.date(), e.updated());
        }
    }
}
