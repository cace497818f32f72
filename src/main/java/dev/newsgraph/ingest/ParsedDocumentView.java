package dev.newsgraph.ingest;

import dev.newsgraph.article.Image;
import dev.newsgraph.parse.PageType;
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
public record ParsedDocumentView(
        @Description("The headline, without the site name.") @NonNull String title,
        @Description("The standfirst or summary the page gives.") String description,
        @Description("The byline: one name per element.") @NonNull List<@NonNull String> authors,
        @Description("The section the page files the article under.") String section,
        @Description("The page language (BCP 47, e.g. en, de-CH).") String language,
        @Description("The calendar date the publication printed.") LocalDate publishedDate,
        @Description("Set only when a time of day is known.") OffsetDateTime publishedAt,
        @Description("When the page says it was last modified.") OffsetDateTime modifiedAt,
        @Description("The url the page declares as its canonical address.") String canonicalUrl,
        @Description("The publication: as the scraper named it, else as the page does.") String source,
        @Description("The lead image with its caption and credit, when the page has one.") Image leadImage,
        @Description("Clean body paragraphs, in order.") @NonNull List<@NonNull String> paragraphs,
        @Description("The paragraphs joined by a blank line.") @NonNull String text,
        @Description("Words in the body: runs of letters or digits.") int wordCount,
        @Description("The persons the document names, in order of first mention.") @NonNull List<@NonNull Person> persons,
        @Description("The quotes the document reports, in reading order.") @NonNull List<@NonNull Quote> quotes,
        @Description("Entries of Opinion / Editorial lists the page showed.")
        @NonNull List<@NonNull EditorialItem> editorialItems,
        @Description("Things the parser could not find or had to guess (no date found, ...).")
        @NonNull List<@NonNull String> warnings,
        @Description("Whether the page is an article, a listing or something else; ingestDocument stores only"
                + " articles unless the input sets acceptAnyPage.") @NonNull PageType pageType) {

    static ParsedDocumentView of(ParsedDocument d) {
        Image image = d.leadImage() == null ? null
                : new Image(d.leadImage().url(), d.leadImage().caption(), d.leadImage().credit());
        return new ParsedDocumentView(d.title(), d.description(), d.authors(), d.section(), d.language(),
                d.publishedDate(), d.publishedAt(), d.modifiedAt(), d.canonicalUrl(), d.source(), image,
                d.paragraphs(), d.text(), d.wordCount(), d.persons().stream().map(Person::of).toList(),
                d.quotes().stream().map(Quote::of).toList(),
                d.editorialItems().stream().map(EditorialItem::of).toList(), d.warnings(), d.pageType());
    }

    @Type("ParsedPerson")
    @Description("A person the parsed document names.")
    public record Person(
            @Description("The fullest form of the name the document uses, without Mr/Dr and similar.") @NonNull String name,
            @Description("Other forms the document uses: usually the surname.") @NonNull List<@NonNull String> aliases,
            @Description("Titles and positions the document gives this person, as written.")
            @NonNull List<@NonNull String> roles,
            @Description("How many times the document names this person.") int mentions) {

        static Person of(ParsedPerson p) {
            return new Person(p.name(), p.aliases(), p.roles(), p.mentions());
        }
    }

    @Type("ParsedQuote")
    @Description("Words the parsed document attributes to a speaker.")
    public record Quote(
            @Description("The quoted words, without the quote marks; for INDIRECT the reported clause.")
            @NonNull String text,
            @Description("Direct, partial or indirect (reported) speech.") @NonNull QuoteKind kind,
            @Description("The speaker as the document names them at the quote (Smith, he, the ministry).")
            String speakerName,
            @Description("The resolved person's full name (speakerName as written).") String speaker,
            @Description("The verb or phrase that attributes the quote: said, wrote, according to.") String cue,
            @Description("Index into paragraphs.") int paragraph) {

        static Quote of(ParsedQuote q) {
            return new Quote(q.text(), q.kind(), q.speakerName(), q.speaker(), q.cue(), q.paragraph());
        }
    }

    @Type("ParsedEditorialItem")
    @Description("One entry of an Opinion / Editorial list the parsed page showed.")
    public record EditorialItem(
            @Description("The list's heading on the page: Editorial, Opinion, ...") String section,
            @Description("The item's headline as listed.") @NonNull String title,
            @Description("The line of text shown under the title.") String teaser,
            @Description("Where the item links to.") String url,
            @Description("The date shown with the item.") LocalDate date,
            @Description("True when the page marked the item Updated.") boolean updated) {

        static EditorialItem of(ParsedEditorialItem e) {
            return new EditorialItem(e.section(), e.title(), e.teaser(), e.url(), e.date(), e.updated());
        }
    }
}
