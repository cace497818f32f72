package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ArticleContent;
import dev.newsgraph.parse.ParsedEditorialItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorialItemsTest {

    private static final String URL = "https://news.example.com/politics/2024/03/12/council-budget.html";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String NAV = """
            <header class="site-header">
              <a class="logo" href="/">The Example Times</a>
              <nav class="main-nav"><ul>
                <li><a href="/politics/">Politics</a></li>
                <li class="has-sub"><a href="/opinion/">Opinion</a>
                  <div class="submenu"><h3>Opinion</h3><ul>
                    <li><a href="/opinion/editorials/">Our editorials</a></li>
                    <li><a href="/opinion/columnists/">All our columnists</a></li>
                    <li><a href="/opinion/letters/">Letters to the editor</a></li>
                  </ul>
                  <div class="preview">
                    <div class="promo"><a href="/opinion/columns/parking-fees">Why parking fees should rise downtown</a></div>
                    <div class="promo"><a href="/opinion/columns/school-lunches">Free school lunches pay for themselves</a></div>
                  </div>
                  </div></li>
              </ul></nav>
            </header>
            """;

    private static final String ARTICLE = """
            <main><article class="story">
              <h1>City council approves a leaner budget after a long night of debate</h1>
              <p class="byline">By Maria Lopez · <time datetime="2024-03-12T06:10:00Z">March 12, 2024</time></p>
              <p>The city council approved a budget of 1.2 billion dollars early on Tuesday, after a debate that ran
                 past midnight and saw three amendments rejected by narrow margins.</p>
              <p>The plan trims spending on road works and raises the library budget, a compromise that the mayor
                 called <a href="/politics/mayor-interview">"the best we could do in a hard year"</a>.</p>
              <h2>What the analysis shows</h2>
              <p>An independent review of the figures found the cuts smaller than they first appeared, because
                 several projects had already been postponed in the previous year.</p>
              <ul>
                <li><a href="/docs/budget-review-2024.pdf">Full budget review by the city auditors</a></li>
                <li><a href="/docs/amendments-2024.pdf">The three rejected amendments in full</a></li>
              </ul>
              <p>The budget takes effect on the first of July, and a first quarterly report is due in October.</p>
            </article></main>
            """;

    private static final String OPINION_ASIDE = """
            <aside class="rail">
              <section class="rail-block">
                <h2 class="rail-title">Opinion</h2>
                <section class="rail-sub">
                  <h3>Editorial</h3>
                  <ul class="cards">
                    <li class="card">
                      <a href="/opinion/editorials/transit-plan"><img src="/img/bus.jpg" alt=""></a>
                      <h4 class="card-title"><a href="/opinion/editorials/transit-plan">The transit plan deserves a second look</a></h4>
                      <time datetime="2024-03-11T08:00:00Z">March 11, 2024</time>
                      <p class="card-summary">Council members should not rush a vote on the bus network redesign.</p>
                    </li>
                    <li class="card">
                      <a href="/opinion/editorials/library-hours"><img src="/img/library.jpg" alt=""></a>
                      <h4 class="card-title"><a href="/opinion/editorials/library-hours">Keep the libraries open on Sundays</a></h4>
                      <p class="card-meta">Updated <time datetime="2024-03-10T17:30:00Z">March 10, 2024</time></p>
                      <p class="card-summary">Longer hours cost little and serve the families who need them most.</p>
                    </li>
                    <li class="card">
                      <h4 class="card-title"><a href="https://news.example.com/opinion/editorials/stadium">No public money for a new stadium</a></h4>
                      <span class="card-date">March 8, 2024</span>
                      <div class="summary">The team can afford its own arena; taxpayers should not.</div>
                      <span class="card-author">By <a href="/authors/editorial-board">The Editorial Board</a></span>
                    </li>
                  </ul>
                </section>
              </section>
              <section class="rail-block">
                <h2 class="rail-title">Most read</h2>
                <ol>
                  <li><a href="/local/bridge-closure">Main Street bridge to close for repairs this summer</a></li>
                  <li><a href="/sports/derby-result">Late goal settles the derby in front of a record crowd</a></li>
                  <li><a href="/business/bakery-expands">Family bakery opens its third shop in the old town</a></li>
                </ol>
              </section>
            </aside>
            """;

    private static String page(String... parts) {
        return "<!doctype html><html lang=\"en\"><head><title>Council budget | The Example Times</title></head><body>"
                + String.join("\n", parts) + "<footer><p>© The Example Times</p></footer></body></html>";
    }

    @Test
    void opinionAsideGivesTheInnermostSectionItsItemsWithDatesTeasersAndLinks() {
        ArticleContent a = extractor.extract(page(NAV, ARTICLE, OPINION_ASIDE), URL);

        assertEquals(List.of(
                new ParsedEditorialItem("Editorial", "The transit plan deserves a second look",
                        "Council members should not rush a vote on the bus network redesign.",
                        "https://news.example.com/opinion/editorials/transit-plan", LocalDate.of(2024, 3, 11), false),
                new ParsedEditorialItem("Editorial", "Keep the libraries open on Sundays",
                        "Longer hours cost little and serve the families who need them most.",
                        "https://news.example.com/opinion/editorials/library-hours", LocalDate.of(2024, 3, 10), true),
                new ParsedEditorialItem("Editorial", "No public money for a new stadium",
                        "The team can afford its own arena; taxpayers should not.",
                        "https://news.example.com/opinion/editorials/stadium", LocalDate.of(2024, 3, 8), false)),
                a.editorialItems());
        // the editorial list is not part of the body, and the body is unchanged by it
        assertTrue(a.paragraphs().get(0).startsWith("The city council approved a budget"), a.paragraphs().get(0));
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("transit plan")));
    }

    @Test
    void relatedMostReadTrendingAndMenusAreNotEditorialItems() {
        String lists = """
                <aside class="rail">
                  <section><h2>Related articles</h2><ul>
                    <li><h3><a href="/politics/budget-2023">Last year's budget passed without a single amendment</a></h3>
                        <time datetime="2023-03-14">March 14, 2023</time><p>The council voted unanimously in a short session.</p></li>
                    <li><h3><a href="/politics/mayor-plan">Mayor unveils a plan to trim road works spending</a></h3>
                        <time datetime="2024-02-02">February 2, 2024</time><p>The proposal would shift funds to libraries.</p></li>
                  </ul></section>
                  <section><h2>Most read</h2><ol>
                    <li><a href="/local/bridge-closure">Main Street bridge to close for repairs this summer</a></li>
                    <li><a href="/sports/derby-result">Late goal settles the derby in front of a record crowd</a></li>
                  </ol></section>
                  <section><h2>Most read in Opinion</h2><ol>
                    <li><a href="/opinion/columns/parking-fees">Why parking fees should rise downtown</a></li>
                    <li><a href="/opinion/columns/school-lunches">Free school lunches pay for themselves</a></li>
                  </ol></section>
                  <section><h3>Related analysis</h3><ul>
                    <li><a href="/analysis/budget-math">The budget math does not add up for the suburbs</a></li>
                    <li><a href="/analysis/library-usage">Library visits are up for the third year in a row</a></li>
                  </ul></section>
                  <div class="trending"><h3>Trending now</h3><ul>
                    <li><a href="/local/zoo-birth">Zoo welcomes its first baby giraffe in twenty years</a></li>
                    <li><a href="/local/snow-day">Schools close as the first snow of the year arrives</a></li>
                  </ul></div>
                </aside>
                """;
        ArticleContent a = extractor.extract(page(NAV, ARTICLE, lists), URL);

        assertEquals(List.of(), a.editorialItems());
    }

    @Test
    void realPageAuthorsColumnWidgetIsRead() {
        ArticleContent a = extractor.extract(
                TestPages.load("95301fb7883e0ee5214d1111554d30dd97e08c6380d7699369c0b9c15f42e6aa"),
                "https://vortexcannon.org/about-bugs/");

        List<ParsedEditorialItem> items = a.editorialItems();
        assertEquals(List.of("Upcoming Hero’s Base updates", "Last Man: Skills system update", "Bonuses of May",
                "Bonuses for December"), items.stream().map(ParsedEditorialItem::title).toList());
        assertEquals(new ParsedEditorialItem("Author’s column", "Upcoming Hero’s Base updates",
                "Sometimes people ask me why this or that location become […]",
                "https://vortexcannon.org/upcoming-heros-base-updates/", null, false), items.get(0));
        assertTrue(items.stream().allMatch(i -> i.section().equals("Author’s column") && i.teaser() != null));
    }

    @Test
    void realPageWithAnalysisLabelsOnHeadlinesHasNoEditorialSection() {
        ArticleContent a = extractor.extract(TestPages.load("timesofisrael.com.washington"),
                "https://www.timesofisrael.com/state-of-washington/");

        assertEquals(List.of(), a.editorialItems());
    }
}
