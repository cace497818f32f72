package dev.newsgraph.parse.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article body. Clean paragraphs credit their parent fully and further ancestors less and less, so the
 * element that directly holds many of them wins over a page-wide wrapper or a list of teaser cards; siblings of
 * the winner that hold comparable text join it (a body cut in several divs). Language-neutral: only structure,
 * lengths, link density and boilerplate markup count.
 */
final class BodyExtractor {

    private static final double MAX_GOOD_LINK_DENSITY = 0.35;
    private static final double MAX_KEPT_LINK_DENSITY = 0.5;
    private static final int MIN_GOOD_CHARS = 25;
    private static final double SIBLING_SHARE = 0.2;
    private static final int MAX_SIBLING_LEVELS = 3;
    private static final double[] DECAY = {1, 1, 0.5, 1 / 6.0, 1 / 9.0, 1 / 12.0};

    /** Running sums per element, computed once from the blocks. */
    private static final class Acc {
        double score;
        int chars;
        int linkChars;
        int good;
        int first = Integer.MAX_VALUE;
        int last = -1;

        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }

        double weighted() {
            return score * (1 - linkDensity());
        }
    }

    record Body(Element container, List<String> paragraphs) {
    }

    /**
     * A block's element and its ancestors up to the root, with their sums. Consecutive blocks share most of their
     * ancestors, whose sums are taken over from the previous block instead of being looked up again.
     */
    private static final class Chain {
        Element[] elements = new Element[64];
        Acc[] accs = new Acc[64];
        int size;
        private Element[] previous = new Element[64];
        private Acc[] previousAccs = new Acc[64];
        private int previousSize;

        void climb(Element owner, Element root, Map<Element, Acc> acc) {
            Element[] e = previous;
            Acc[] a = previousAccs;
            previous = elements;
            previousAccs = accs;
            previousSize = size;
            elements = e;
            accs = a;
            size = 0;
            for (Element x = owner; x != null; x = x.parent()) {
                if (size == elements.length) {
                    elements = java.util.Arrays.copyOf(elements, size * 2);
                    accs = java.util.Arrays.copyOf(accs, size * 2);
                }
                elements[size++] = x;
                if (x == root) {
                    break;
                }
            }
            int shared = 0;
            while (shared < size && shared < previousSize
                    && elements[size - 1 - shared] == previous[previousSize - 1 - shared]) {
                accs[size - 1 - shared] = previousAccs[previousSize - 1 - shared];
                shared++;
            }
            for (int i = 0; i < size - shared; i++) { // new ones enter the map in the same order as before
                accs[i] = acc.computeIfAbsent(elements[i], k -> new Acc());
            }
        }
    }

    static Body extract(List<TextBlock> blocks, Element root, String title) {
        if (blocks.isEmpty()) {
            return new Body(root, List.of());
        }
        Map<Element, Acc> acc = new IdentityHashMap<>();
        Chain path = new Chain();
        for (TextBlock b : blocks) {
            boolean good = isGood(b);
            int weight = b.chars - b.linkChars;
            // a paragraph credits its parent first; a div's own text credits the div itself
            int level = b.kind == TextBlock.Kind.DIV ? 1 : 0;
            path.climb(b.owner, root, acc);
            for (int i = 0; i < path.size; i++, level++) {
                Acc a = path.accs[i];
                a.chars += b.chars;
                a.linkChars += b.linkChars;
                if (good) {
                    a.good += weight;
                    if (level < DECAY.length && level > 0) {
                        a.score += weight * DECAY[level];
                    }
                }
                if (b.index < a.first) {
                    a.first = b.index;
                }
                a.last = b.index;
            }
        }
        Element top = root;
        double best = 0;
        for (Map.Entry<Element, Acc> en : acc.entrySet()) {
            double w = en.getValue().weighted();
            if (w > best) {
                best = w;
                top = en.getKey();
            }
        }
        if (best == 0) {
            Acc all = acc.get(root);
            return new Body(root, all == null ? List.of() : collect(blocks, all.first, all.last, null, null, title));
        }
        Set<Element> members = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> chain = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        members.add(top);
        Element container = top;
        double threshold = Math.max(10, best * SIBLING_SHARE);
        Element node = top;
        for (int level = 0; level < MAX_SIBLING_LEVELS && node != root && node.parent() != null; level++) {
            Element parent = node.parent();
            boolean joined = false;
            for (Element sibling = parent.firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
                if (sibling != node && joins(acc.get(sibling), sibling, node, threshold)) {
                    members.add(sibling);
                    joined = true;
                }
            }
            chain.add(parent);
            if (joined) {
                container = parent;
            }
            node = parent;
        }
        Acc range = acc.get(container);
        return new Body(container, collect(blocks, range.first, range.last, container == top ? null : members,
                chain, title));
    }

    private static boolean joins(Acc s, Element sibling, Element node, double threshold) {
        if (s == null || s.good == 0) {
            return false;
        }
        if (s.weighted() >= threshold) {
            return true;
        }
        boolean clean = s.good >= 0.5 * s.chars && s.linkDensity() < 0.3;
        if (clean && s.score == 0) {
            return true; // a lone clean paragraph next to the body
        }
        return clean && sameSignature(sibling, node);
    }

    /** Same tag and class: a body cut into a run of identical wrappers. */
    private static boolean sameSignature(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && !a.className().isEmpty()
                && a.className().equals(b.className());
    }

    static boolean isGood(TextBlock b) {
        if (b.boilerplate || b.chars < MIN_GOOD_CHARS || b.linkDensity() > MAX_GOOD_LINK_DENSITY) {
            return false;
        }
        return b.isParagraphLike() || (b.kind == TextBlock.Kind.LIST_ITEM && b.chars >= 80);
    }

    /** Keeps the clean blocks of the range; with {@code members}, only those under one of them (or good text
     * directly in {@code parent}). */
    private static List<String> collect(List<TextBlock> blocks, int first, int last, Set<Element> members,
            Set<Element> chain, String title) {
        String foldedTitle = Texts.fold(title);
        List<TextBlock> kept = new ArrayList<>();
        Element box = null; // an author box whose blocks are skipped
        for (int i = first; i <= last; i++) {
            TextBlock b = blocks.get(i);
            // chars == 0: only hidden inline furniture (a byline span), kept for the byline and date finders
            if (b.boilerplate || b.chars == 0 || b.linkDensity() > MAX_KEPT_LINK_DENSITY) {
                continue;
            }
            if (b.kind == TextBlock.Kind.HEADING && b.headingLevel == 1) {
                continue;
            }
            if (members != null && !belongs(b, members, chain)) {
                continue;
            }
            if (!foldedTitle.isEmpty() && Texts.foldEquals(b.text, foldedTitle)) {
                continue;
            }
            if (box != null) {
                if (b.owner.parent() != null && under(b.owner, box)) {
                    continue;
                }
                box = null;
            }
            if (b.chars <= ShortBlockFilter.MAX_CHARS) {
                String rule = ShortBlockFilter.furniture(b);
                if (rule != null) {
                    continue;
                }
                if (ShortBlockFilter.aboutAuthor(b)) {
                    Element parent = b.owner.parent();
                    if (parent != null && Texts.boundedText(parent, 1500, 400) != null) {
                        box = parent;
                    }
                    continue;
                }
            }
            kept.add(b);
        }
        List<String> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            TextBlock b = kept.get(i);
            if (b.kind == TextBlock.Kind.HEADING && !followedByText(kept, i)) {
                continue;
            }
            for (String line : b.text.split("\n")) {
                String p = line.strip();
                if (!p.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(p))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean belongs(TextBlock b, Set<Element> members, Set<Element> chain) {
        if (chain.contains(b.owner)) {
            return isGood(b);
        }
        for (Element e = b.owner; e != null && !chain.contains(e); e = e.parent()) {
            if (members.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean under(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByText(List<TextBlock> kept, int i) {
        for (int j = i + 1; j < kept.size(); j++) {
            TextBlock n = kept.get(j);
            if (n.kind != TextBlock.Kind.HEADING && n.chars >= MIN_GOOD_CHARS) {
                return true;
            }
        }
        return false;
    }
}
