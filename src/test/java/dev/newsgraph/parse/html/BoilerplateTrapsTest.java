package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ArticleContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boilerpipe-style traps on real pages from the aeb-dev benchmark (MIT, see
 * {@code src/test/resources/pages/LICENSE-aeb-MIT}): each test checks that the trap's text stays out of the
 * paragraphs and that sentences of the article (from the benchmark's ground truth) are kept, so an extractor
 * that returns nothing fails too.
 */
class BoilerplateTrapsTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ArticleContent extract(String page) {
        return extractor.extract(TestPages.load(page), null);
    }

    private static void assertBody(ArticleContent article, List<String> kept, List<String> dropped) {
        String body = String.join("\n\n", article.paragraphs());
        for (String sentence : kept) {
            assertTrue(body.contains(sentence), "article text missing: " + sentence);
        }
        for (String junk : dropped) {
            assertFalse(body.contains(junk), "boilerplate leaked into the paragraphs: " + junk);
        }
    }

    // --- image captions -------------------------------------------------------------------------------------

    @Test
    void figcaptionsStayOutOfTheBodyAndTheLeadCaptionGoesToTheLeadImage() {
        // vox.com: seven <figure>/<figcaption> blocks spread through a long article
        ArticleContent a = extract("16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56");
        assertBody(a,
                List.of("The dangerous, dirty air is arising from a mix of weather conditions, urban emissions, and rural"
                                + " smoke converging over India’s capital region.",
                        "The water act prohibited nursery sowing before May 10 and transplanting before June 10."),
                List.of("Air pollution is once again surging in Delhi.",
                        "Burning crop stubble outside of Delhi is sending smoke into the city",
                        "This satellite image from NASA’s worldview satellite shows fires detected",
                        "Officials in Delhi handed out more than 5 million air filter masks",
                        "The Environmental Kuznets Curve hypothesizes"));
        assertNotNull(a.leadImage());
        assertEquals("Air pollution is once again surging in Delhi. It’s part of a larger pollution problem in India.",
                a.leadImage().caption());
    }

    @Test
    void wordpressCaptionsStayOutOfTheBodyAndTheLeadCaptionGoesToTheLeadImage() {
        // spacenews.com: <figure class="wp-caption"> with <figcaption class="wp-caption-text">, credit inside
        ArticleContent a = extract("d1c57d7821e5a5b27fb468c59489601bb2a042b1c05221166e3221d2b5dc217f");
        assertBody(a,
                List.of("All 14 companies are now eligible to bid on future task orders for the delivery of payloads to the"
                                + " lunar surface.",
                        "“We’re going to start with something smaller,” he said."),
                List.of("will be able to transport 100 metric tons to the surface of the moon",
                        "Tyvak Nano-Satellite Systems plans to leverage its experience in smallsats",
                        "Credit: Tyvak",
                        "Credit: SpaceX"));
        assertNotNull(a.leadImage());
        assertTrue(a.leadImage().caption().startsWith("SpaceX said its Starship lunar lander will be able to transport"),
                a.leadImage().caption());
    }

    // --- share bars -----------------------------------------------------------------------------------------

    @Test
    void shareToolsPanelStaysOut() {
        // bbc.com: "Share this with ..." panel with its "Read more about sharing." footer
        ArticleContent a = extract("70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2");
        assertBody(a,
                List.of("A row involving Taylor Swift, her former record label and a couple of big name US politicians looks"
                                + " like it's coming to an end.",
                        "She also accused Big Machine of holding back permission to use any music in an upcoming Netflix"
                                + " documentary about her life."),
                List.of("Share this with", "These are external links and will open in a new window",
                        "Read more about sharing"));
    }

    @Test
    void socialBarOfIconLinksStaysOut() {
        // rollingstone.com: <ul class="c-social-bar"> of icon links with screen-reader labels
        ArticleContent a = extract("ac1bfdd4c510f679c58f1b62101630d40fda20a16703235ae0f56b65a465e423");
        assertBody(a,
                List.of("The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North American tour"
                                + " celebrating the band’s 50th anniversary.",
                        "October 10 – Houston, TX @ The Cynthia Woods Mitchell Pavilion"),
                List.of("Show more sharing options"));
        for (String label : List.of("Facebook", "Twitter", "Reddit", "Email")) {
            assertFalse(a.paragraphs().contains(label), "share label as a paragraph: " + label);
        }
    }

    // --- related lists --------------------------------------------------------------------------------------

    @Test
    void inlineRelatedLinksBetweenParagraphsStayOut() {
        // chron.com: <p class="mm_related">On HoustonChronicle.com: <a>headline</a></p> between body paragraphs
        ArticleContent a = extract("9ebb3af65694a953005df5bd3869b2cefc263e1dea0471e3ef361c66a264cdd3");
        assertBody(a,
                List.of("New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and"
                                + " clearance deals.",
                        "Edmunds expects 16.6 million vehicles will be sold this year."),
                List.of("On HoustonChronicle.com", "Car sales plunge nearly 17 percent in August",
                        "Group 1 Auto makes inroads in online sales"));
    }

    @Test
    void relatedArticlesBoxesAndDontMissLinksInsideTheArticleStayOut() {
        // express.co.uk: "Related articles" boxes and a "DON'T MISS" link list inside the article body
        ArticleContent a = extract("ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf");
        assertBody(a,
                List.of("The health commission said in a statement that a 55-year old man had contracted bubonic plague"
                                + " after eating a wild rabbit during a hunting trip.",
                        "Isolated cases often also spring up in the US, with up to a dozen people diagnosed annually."),
                List.of("Related articles", "DON'T MISS",
                        "Plague outbreak: China hit by ‘highly contagious’ pneumonic plague",
                        "Bible bombshell: Scientists claim discovery of root of all evil",
                        "Major cities face plague of vicious bloodthirsty SUPER-RATS",
                        "Plague and zoonotic influenza warning: CDC names EIGHT deadly diseases"));
    }

    // --- comment sections -----------------------------------------------------------------------------------

    @Test
    void readerCommentsUnderANewsStoryStayOut() {
        // profootballtalk.nbcsports.com: dozens of reader comments, longer in total than the article
        ArticleContent a = extract("8e3efab59f48fd29a1e1e7aa135880c4251a9f090f94999668cdbaec59d30b5a");
        assertBody(a,
                List.of("Chargers coach Anthony Lynn recognizes that his team’s playoff hopes are somewhere between slim and"
                                + " none after Monday night’s loss to the Chiefs.",
                        "Lynn is right: The Chargers needed to win that game."),
                List.of("It’s a good thing we have no fans left because this is a dumpster fire.",
                        "Feckless Chargers. Always the same.",
                        "November 19, 2019 at 6:34 am",
                        "Myles Garrett should expect a significant suspension"));
    }

    @Test
    void wordpressCommentThreadWithAuthorRepliesStaysOut() {
        // bigbrandsystem.com: "6 thoughts on ..." thread with replies by the post author
        ArticleContent a = extract("ec7fc408c5ce66c22692a3f696c682f3de794bacfaca405d9a0dac5957051e5a");
        assertBody(a,
                List.of("There’s a strange disconnect in the online business world.",
                        "Now you know a natural progression you can use to step into an online leadership role that will"
                                + " grow your reach and your revenues."),
                List.of("thoughts on “How to Adopt an Online Leader Success Mindset”",
                        "When I started out, making my website live was the scary level",
                        "Go for it, Bo! It definitely gets easier with practice.",
                        "August 22, 2018 at 5:21 pm",
                        "Comments are closed."));
    }

    // --- cookie / consent banners ---------------------------------------------------------------------------

    @Test
    void gdprCookieBannerStaysOut() {
        // deccanherald.com: <div id="dk_gdpr"> banner with "Learn more" / "I agree"
        ArticleContent a = extract("c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79");
        assertBody(a,
                List.of("The Democrats are alleging that Trump's call with his Ukrainian counterpart was irregular and"
                        + " inappropriate and abuse of his office for political gain."),
                List.of("We use cookies to understand how you use our site", "accept our use of cookies"));
        assertFalse(a.paragraphs().contains("I agree"));
    }

    @Test
    void cookiePopupAfterTheFooterStaysOut() {
        // phys.org: "Your Privacy" cookie pop-up at the end of the page
        ArticleContent a = extract("e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266");
        assertBody(a,
                List.of("If a sci-fi spaceship does not come with hyperdrive then it is usually fitted with hibernation"
                                + " capsules instead.",
                        "The assumption was that a drug would be administered to induce \"torpor\"—the term for the"
                                + " hibernating state."),
                List.of("This site uses cookies to assist with navigation", "Your Privacy"));
    }

    // --- links to the previous / next page ------------------------------------------------------------------
    // No aeb-dev page splits one article over several pages ("Page 2"); these pin the nearest real case,
    // rel="prev"/rel="next" navigation to the neighbouring article.

    @Test
    void previousAndNextPostLinksStayOut() {
        // morebikes.co.uk: WordPress <nav class="post-navigation"> with rel="prev" / rel="next" links
        ArticleContent a = extract("30b771a40a4e96156d398716c877deef54b05d091770d2717c98e4c6b670010c");
        assertBody(a,
                List.of("The 180 page coffee-table publication comes with a 10-inch vinyl featuring seven classic rock"
                                + " tracks, including Born to be Wild and The Road to Hell.",
                        "It’s a very enjoyable title to leaf through whenever you want to remember how cool you are."),
                List.of("Post navigation", "Previous Post", "Next Post",
                        "Free scooter and motorcycle training", "REDANT Motorcycle Cleaner and Power Clean"));
    }

    @Test
    void previousAndNextArticleTeasersStayOut() {
        // smithsonianmag.com: <nav class="nextprev-nav"> with "Previous Article" / "Next Article" teasers
        ArticleContent a = extract("ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de");
        assertBody(a,
                List.of("The patients, a husband and wife, are from Inner Mongolia, an autonomous and sparsely populated"
                                + " region in the northern part of the country.",
                        "Officials have warned people to stay away from infected areas, and to avoid contact with rodents."),
                List.of("Previous Article", "Next Article",
                        "Art Detective Tracks Down Oscar Wilde's Stolen Friendship Ring",
                        "Calculate Your Dog's Age With This New, Improved Formula"));
    }

    // --- furniture in plain paragraphs (no telling markup) ---------------------------------------------------

    @Test
    void wirePhotoCaptionUnderTheLeadImageStaysOut() {
        // ctvnews.ca: <div><img><p>In this Dec. 12, 2006, file photo, ... (NASA via AP, File)</p></div>
        ArticleContent a = extract("b37be3535e1fb61e5a238b7fa1ead1ad98b651cb09f138efadac3d54a122fb21");
        assertBody(a,
                List.of("BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation"
                                + " could make it easier to reach other planets.",
                        "sleep through much of the 180-day cruise to Mars."),
                List.of("In this Dec. 12, 2006, file photo", "made available by NASA", "(NASA via AP, File)"));
    }

    @Test
    void italicCaptionUnderAnInlineImageAndRelatedRoundupStayOut() {
        // macrumors.com: <img><center><em>... via <a>iFixit</a></em></center> inside a <br>-separated body, and a
        // "Related Roundup: <a>MacBook Pro</a>" line at the end
        ArticleContent a = extract("232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf");
        assertBody(a,
                List.of("The 16-inch MacBook Pro also features a physical Esc key and an inverted-T arrow key layout.",
                        "The entry-level 13-inch MacBook Pro was last updated in July, while higher-end 13-inch models were"
                                + " refreshed in May."),
                List.of("scissor switch keyboard via iFixit", "Related Roundup"));
    }

    @Test
    void photoCreditLineAfterAnImageStaysOut() {
        // inexhibit.com: <p><a><img></a></p><p>&nbsp;</p><p><em>..., photos © Inexhibit, 2018</em></p>; the short
        // lines of the address block that follows are article text and stay
        ArticleContent a = extract("94fbcc26772088646cb977cecf1abc4012847a1f6927d09505cbf0c3d417ba07");
        assertBody(a,
                List.of("the Flos Showroom in Corso Monforte 15 features a light installation created by Michael"
                                + " Anastassiades",
                        "9.30 A.M. / 7.00 P.M."),
                List.of("photos © Inexhibit", "installation views"));
        assertTrue(a.paragraphs().contains("Michael Anastassiades"), "short article line dropped");
    }

    @Test
    void galleryCountersStayOut() {
        // space.com: an inline gallery whose slides carry <span class="slidecount">Image 1 of 5</span>
        ArticleContent a = extract("c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b");
        assertBody(a,
                List.of("Blue Origin's lander concept is based on its Blue Moon uncrewed vehicle, which the company's"
                        + " billionaire founder Jeff Bezos announced earlier this year."),
                List.of("Image 1 of 5", "Image 3 of 5", "Image 5 of 5"));
    }

    @Test
    void dontMissLabelAloneInItsParagraphStaysOut() {
        // express.co.uk: <p><strong>DON'T MISS</strong></p> before a paragraph of links
        ArticleContent a = extract("624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35");
        assertBody(a,
                List.of("This comes as China has denounced a Hong Kong court ruling declaring the government’s mask ban"
                                + " unconstitutional.",
                        "The UK has urged an “end to the violence and for all sides to engage in meaningful political"
                                + " dialogue”."),
                List.of("DON'T MISS", "China furious at Macron for Hong Kong protest jibe"));
    }

    @Test
    void commentCountOfTheCommentsPluginStaysOut() {
        // theparadigmng.com: <p><comments-count></comments-count> comments</p> under the article
        ArticleContent a = extract("0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a");
        assertBody(a,
                List.of("Senator representing Yobe North , Ahmad Lawan , on Tuesday moved a motion for the adjournment",
                        "— The Nigerian Senate (@NGRSenate) October 9, 2018"),
                List.of());
        assertTrue(a.paragraphs().contains("See tweets :"), "short article line dropped");
        assertFalse(a.paragraphs().contains("comments"), "comment count as a paragraph");
    }

    @Test
    void advertLabelsCommentCountAndShortcodeStayOut() {
        // morebikes.co.uk: <center><span>Advert</span></center> between paragraphs, a "comments" count line and an
        // unrendered [button]...[/button] shortcode
        ArticleContent a = extract("30b771a40a4e96156d398716c877deef54b05d091770d2717c98e4c6b670010c");
        assertBody(a,
                List.of("The 180 page coffee-table publication comes with a 10-inch vinyl featuring seven classic rock"
                                + " tracks, including Born to be Wild and The Road to Hell.",
                        "It’s a very enjoyable title to leaf through whenever you want to remember how cool you are."),
                List.of("[button", "Send us YOUR kit review"));
        for (String label : List.of("Advert", "comments")) {
            assertFalse(a.paragraphs().contains(label), "interface word as a paragraph: " + label);
        }
    }

    @Test
    void sharePromptAtTheEndStaysOut() {
        // rt.com: <p><strong><em>Like this story? Share it with a friend!</em></strong></p> after the last paragraph
        ArticleContent a = extract("4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a");
        assertBody(a,
                List.of("Three people have died during protests in Bolivia against the self-declared “interim” government",
                        "how sad to see something like that,” the doctor said."),
                List.of("Like this story?", "Share it with a friend"));
    }

    @Test
    void authorBoxWithKeyFingerprintsStaysOut() {
        // gizmodo.com: "About the author" heading, a one-line bio and PGP/OTR fingerprints after the article
        ArticleContent a = extract("5fa5679de56c43edf70685762c2d1f2de296432ae53aa46e075b552fee17cab8");
        assertBody(a,
                List.of("The big iFixit teardown is done, and the results are in.",
                        "I’ll reserve final judgment until I’ve had time to test the new laptop"),
                List.of("About the author", "Senior editor at Gizmodo", "PGP Fingerprint", "OTR Fingerprint"));
    }

    @Test
    void newsletterPromosAtTheStartAndEndStayOut() {
        // dealbreaker.com: bold sign-up pitches as the first and the last paragraph of the body
        ArticleContent a = extract("55bb6340e3d7dd8632ba45179ae43c39f8ad0cfcecb4719e3b9cf6106ffb70a3");
        assertBody(a,
                List.of("LOOK WHAT YOU MADE ME DO",
                        "It's worth noting that it's not uncommon for artists to give up the rights to their original"
                                + " recordings."),
                List.of("Start your day with the Opening Bell", "Sign up for The Water Coolest",
                        "free daily newsletter"));
    }
}
