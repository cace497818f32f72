package dev.newsgraph.parse.html;

import dev.newsgraph.parse.Chars;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Page furniture that sits in plain paragraphs inside the article, so markup alone does not give it away: photo
 * captions and credits right under an image, gallery counters ("Image 2 of 5"), lone interface words ("Comments",
 * "Advert"), list labels ("DON'T MISS", "Related: ..."), share and newsletter prompts. Only short blocks are looked
 * at (at most {@link #MAX_CHARS} letters), with patterns compiled once and tried after cheap word-count and prefix
 * checks, so the cost stays a small constant per kept block. The rules are language-neutral in structure; the word
 * lists are mostly English with the common European words for "comments" and "advertisement".
 */
final class ShortBlockFilter {

    /** Blocks longer than this (in letters) are never furniture here. */
    static final int MAX_CHARS = 600;

    /** Interface words that are furniture when they make up the whole block (after an optional count). */
    private static final Set<String> LONE_WORDS = Set.of("comments", "comment", "kommentare", "kommentar",
            "commentaires", "commentaire", "comentarios", "comentários", "commenti", "reacties", "kommentarer",
            "komentarze", "комментарии", "advert", "adverts", "advertisement", "advertising", "anzeige", "werbung",
            "publicité", "publicidad", "publicidade", "pubblicità", "advertentie", "iklan", "реклама", "reklama",
            "reklame", "annonce", "share", "teilen", "partager", "compartir", "condividi", "print", "tweet",
            "sponsored");
    private static final Set<String> COMMENT_WORDS = Set.of("comments", "comment");
    private static final Set<String> COMMENT_VERBS = Set.of("no", "show", "view", "add", "post", "leave", "read",
            "hide", "load", "see");

    /** "Image 2 of 5", "Photo 3/12", "Bild 1 von 4". */
    private static final Pattern COUNTER = Pattern.compile(
            "(?iu)(?:image|photo|picture|pic|slide|bild|foto|imagen|immagine|photograph)\\s*\\d{1,3}\\s*(?:of|/|von|de|sur|di|из)\\s*\\d{1,3}");

    /** A label that titles a list of links or a teaser box, alone in its paragraph. */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)(?:don['’]?t miss|do not miss|read more|read also|also read|see also|more on this(?: story| topic)?"
                    + "|related(?: articles?| stories| posts?| content| links| reading| coverage| news)?"
                    + "|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| reading| stories)?|must read"
                    + "|more stories|more from (?:us|our site)|trending now|popular now)[\\s:.!…]*");

    /** "Related Roundup: X", "Read more: X", "See also: X": a label and a colon before a link. */
    private static final Pattern LABEL_PREFIX = Pattern.compile(
            "(?iu)(?:related(?:\\s+\\p{L}+){0,2}|read more|read also|also read|see also|more)\\s*:.*");

    /** "Like this story? Share it with a friend!", "Please share this article". */
    private static final Pattern SHARE_PROMPT = Pattern.compile(
            "(?iu)\\bshare (?:it|this|them)?\\s*(?:story|article|post)?\\s*with (?:a friend|your friends|friends|others)\\b"
                    + "|^(?:please )?share this (?:story|article|post)\\b"
                    + "|^(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post)\\?");

    /** Newsletter sign-up and membership pitches ("Sign up for our free newsletter", "If you enjoyed this
     * article, ... join"). */
    private static final Pattern NEWSLETTER = Pattern.compile(
            "(?iu)\\b(?:sign up|signup|subscribe|register)\\b[^.!?]{0,80}\\bnewsletters?\\b"
                    + "|\\bnewsletters?\\b[^.!?]{0,60}\\b(?:delivered|straight|right) (?:to|in|into) your inbox"
                    + "|^if you (?:enjoyed|liked) this (?:article|story|post)\\b[^.!?]{0,80}\\b(?:proposition|join|subscribe|support|become a member)\\b");

    /** Key fingerprints in an author box. */
    private static final Pattern KEY_LINE = Pattern.compile("(?iu)(?:PGP|GPG|OTR)(?: key)? fingerprint\\s*:.*");

    /** Headings of an author box; the box's short blocks after it go too. */
    private static final Pattern ABOUT_AUTHOR = Pattern.compile(
            "(?iu)about the (?:author|authors|writer|reporter)[\\s:]*");

    /** An unrendered WordPress shortcode: "[button link=...]Text[/button]". */
    private static final Pattern SHORTCODE = Pattern.compile("\\[(\\p{Alpha}[\\w-]*)\\b[^\\]]*\\].*\\[/\\1\\]");

    /** Wire-photo caption openings: "In this Dec. 12, 2006, file photo, ...", "In this image released by ...". */
    private static final Pattern WIRE_CAPTION = Pattern.compile(
            "(?iu)in this\\b.{0,50}?\\b(?:photo|photograph|image|picture|handout|video grab|still)(?:,|\\s+(?:taken|made|released|provided|shot|from|distributed|posted|obtained|courtesy|supplied|issued|dated)\\b).*");

    /** A photo credit: "photos © X", "Photo: X", "Credit: X", "Image courtesy of X". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)\\b(?:photos?|photographs?|images?|pictures?|pics?|fotos?|bild(?:er)?|credits?)\\s*(?:©|\\(c\\)|:|by\\b|courtesy\\b)\\s*\\S");

    /** A caption's trailing credit in brackets or after "via": "(NASA via AP, File)", "... via iFixit". */
    private static final Pattern CAPTION_END = Pattern.compile(
            "(?:\\([^()]*\\b(?:AP|AFP|Reuters|Getty|EPA|File|Photo|Images?|Handout|via)\\b[^()]*\\)"
                    + "|\\bvia [\\w.-]*\\p{Lu}[\\w.-]*(?: \\p{Lu}[\\w.-]*)?)\\s*\\.?$");

    private ShortBlockFilter() {
    }

    /** The rule that marks {@code b} as furniture, or null. */
    static String furniture(TextBlock b) {
        int letters = b.chars;
        if (letters > MAX_CHARS) {
            return null;
        }
        String text = Texts.clean(b.text);
        int words = Texts.wordCount(text);
        if (words <= 3 && loneWord(text)) {
            return "lone-word";
        }
        if (words <= 8 && hasDigit(text) && COUNTER.matcher(text).matches()) {
            return "counter";
        }
        if (words <= 6 && LABEL.matcher(text).matches()) {
            return "label";
        }
        if (words <= 10 && text.indexOf(':') >= 0 && LABEL_PREFIX.matcher(text).matches() && (b.linkChars * 3 >= b.chars || words <= 5)) {
            return "label-prefix";
        }
        if (words <= 12 && text.indexOf(':') >= 0 && KEY_LINE.matcher(text).matches()) {
            return "key-line";
        }
        if (words <= 20 && (text.indexOf('?') >= 0 || Chars.containsIgnoreCase(text, "share"))
                && SHARE_PROMPT.matcher(text).find()) {
            return "share-prompt";
        }
        if (words <= 60 && (Chars.containsIgnoreCase(text, "newsletter") || text.regionMatches(true, 0, "if you", 0, 6))
                && NEWSLETTER.matcher(text).find()) {
            return "newsletter";
        }
        if (words <= 30 && text.startsWith("[") && SHORTCODE.matcher(text).matches()) {
            return "shortcode";
        }
        if (words <= 70 && text.regionMatches(true, 0, "in this", 0, 7) && WIRE_CAPTION.matcher(text).matches()) {
            return "wire-caption";
        }
        if (words <= 60 && b.kind != TextBlock.Kind.HEADING && besideImage(b.owner)
                && captionLike(b, text, words)) {
            return "image-caption";
        }
        if (words <= 12 && b.kind != TextBlock.Kind.HEADING && mayHoldCredit(text) && PHOTO_CREDIT.matcher(text).find()) {
            return "credit-line";
        }
        return null;
    }

    // Cheap necessary conditions, tested before the case-insensitive patterns that would otherwise run on most
    // paragraphs of a page.

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldCredit(String text) {
        return text.indexOf('©') >= 0 || text.indexOf(':') >= 0 || Chars.containsIgnoreCase(text, "(c)")
                || Chars.containsIgnoreCase(text, "by") || Chars.containsIgnoreCase(text, "courtesy");
    }

    /** Whether {@code b} opens an author box ("About the author"). */
    static boolean aboutAuthor(TextBlock b) {
        return b.chars <= 40 && ABOUT_AUTHOR.matcher(Texts.clean(b.text)).matches();
    }

    private static boolean loneWord(String text) {
        String[] w = Texts.fold(text).split(" ");
        int i = 0;
        if (w.length > 1 && !w[0].isEmpty() && Character.isDigit(w[0].charAt(0))) {
            i = 1; // "12 comments"
        }
        int n = w.length - i;
        if (n == 1) {
            return LONE_WORDS.contains(w[i]);
        }
        if (n == 2) {
            return COMMENT_WORDS.contains(w[i + 1]) && COMMENT_VERBS.contains(w[i]);
        }
        return false;
    }

    /** A caption: short, all in italics and not a sentence; or with a photo credit or a copyright sign. */
    private static boolean captionLike(TextBlock b, String text, int words) {
        if (words <= 25 && !endsSentence(text) && emphasisOnly(b.owner)) {
            return true;
        }
        return text.indexOf('©') >= 0
                || ((text.indexOf(')') >= 0 || text.contains("via ")) && CAPTION_END.matcher(text).find())
                || (mayHoldCredit(text) && PHOTO_CREDIT.matcher(text).find());
    }

    private static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** Whether all the text of {@code el} sits in em/i/small elements. */
    private static boolean emphasisOnly(Element el) {
        boolean any = false;
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node c = el.childNode(i);
            if (c instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (c instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("em") || tag.equals("i") || tag.equals("small") || tag.equals("cite")) {
                    any = true;
                } else if (tag.equals("strong") || tag.equals("b") || tag.equals("span")) {
                    if (!emphasisOnly(e)) {
                        return false;
                    }
                    any = true;
                } else if (!tag.equals("br")) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * Whether the nearest content before {@code el} among its siblings (skipping blank text, line breaks and empty
     * paragraphs) is an image: an img or picture, or an element that holds one and no text.
     */
    static boolean besideImage(Element el) {
        int seen = 0;
        for (Node n = el.previousSibling(); n != null && seen < 8; n = n.previousSibling(), seen++) {
            if (n instanceof TextNode t) {
                if (t.isBlank()) {
                    continue;
                }
                return false;
            }
            if (!(n instanceof Element e)) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("img") || tag.equals("picture")) {
                return true;
            }
            if (tag.equals("br") || tag.equals("script") || tag.equals("noscript") || tag.equals("style")) {
                continue;
            }
            String t = Texts.boundedText(e, 10, 40);
            if (t == null || !t.isEmpty()) {
                return false; // text, or too big to be an image holder
            }
            if (holdsImage(e, 0)) {
                return true;
            }
            // an empty element (spacer paragraph): look further back
        }
        return false;
    }

    private static boolean holdsImage(Element e, int depth) {
        if (depth > 6) {
            return false;
        }
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            String tag = c.normalName();
            if (tag.equals("img") || tag.equals("picture") || holdsImage(c, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
