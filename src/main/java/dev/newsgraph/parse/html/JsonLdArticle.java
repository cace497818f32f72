package dev.newsgraph.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The article facts a page's JSON-LD gives: the best NewsArticle-like node, flattened to plain fields. */
final class JsonLdArticle {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting", "techarticle", "scholarlyarticle",
            "socialmediaposting", "report", "posting", "recipe", "medicalwebpage", "videoobject");

    String headline;
    String description;
    String datePublished;
    String dateModified;
    String section;
    String image;
    String publisher;
    final List<String> persons = new ArrayList<>();
    final List<String> organisations = new ArrayList<>();
    /** Whether the best node is an article type (not a web page with a headline). */
    boolean article;
    /** The lower-case types of every node on the page ("collectionpage", "breadcrumblist", ...). */
    final java.util.Set<String> types = new java.util.HashSet<>();

    static JsonLdArticle from(List<String> scripts) {
        JsonLdArticle out = new JsonLdArticle();
        Map<?, ?> best = null;
        int bestRank = 0;
        List<Map<?, ?>> nodes = new ArrayList<>();
        for (String script : scripts) {
            for (Object root : JsonLdReader.read(script)) {
                collectNodes(root, nodes, 0);
            }
        }
        for (Map<?, ?> node : nodes) {
            out.types.addAll(types(node));
            int rank = rank(node);
            if (rank > bestRank) {
                bestRank = rank;
                best = node;
            }
        }
        if (best != null) {
            Map<String, Map<?, ?>> byId = new java.util.HashMap<>();
            for (Map<?, ?> node : nodes) {
                if (node.get("@id") instanceof String id && node.size() > 1) {
                    byId.putIfAbsent(id, node);
                }
            }
            out.fill(best, byId);
            out.article = bestRank >= 3;
        }
        return out;
    }

    private static void collectNodes(Object value, List<Map<?, ?>> nodes, int depth) {
        if (depth > 6 || nodes.size() > 200) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object v : list) {
                collectNodes(v, nodes, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            nodes.add(map);
            collectNodes(map.get("@graph"), nodes, depth + 1);
            collectNodes(map.get("mainEntity"), nodes, depth + 1);
        }
    }

    private static int rank(Map<?, ?> node) {
        int rank = 0;
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                rank = Math.max(rank, type.endsWith("article") || type.equals("blogposting") ? 4 : 3);
            } else if (type.endsWith("webpage") && node.get("headline") != null) {
                rank = Math.max(rank, 2);
            } else if (type.endsWith("webpage") && node.get("datePublished") != null) {
                rank = Math.max(rank, 1);
            }
        }
        if (rank > 0 && node.get("headline") != null && node.get("datePublished") != null) {
            rank++;
        }
        return rank;
    }

    static List<String> types(Map<?, ?> node) {
        Object t = node.get("@type");
        List<String> out = new ArrayList<>(2);
        if (t instanceof String s) {
            out.add(s.toLowerCase().replace("http://schema.org/", "").replace("https://schema.org/", ""));
        } else if (t instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    out.add(s.toLowerCase());
                }
            }
        }
        return out;
    }

    private void fill(Map<?, ?> node, Map<String, Map<?, ?>> byId) {
        headline = text(node.get("headline"));
        if (headline == null) {
            headline = text(node.get("name"));
        }
        description = text(node.get("description"));
        datePublished = text(node.get("datePublished"));
        if (datePublished == null) {
            datePublished = text(node.get("dateCreated"));
        }
        dateModified = text(node.get("dateModified"));
        section = text(node.get("articleSection"));
        image = url(node.get("image"));
        if (image == null) {
            image = url(node.get("thumbnailUrl"));
        }
        Object pub = node.get("publisher");
        if (pub instanceof Map<?, ?> m) {
            publisher = text(m.get("name"));
        }
        addAuthors(node.get("author"), byId, 0);
        if (persons.isEmpty() && organisations.isEmpty()) {
            addAuthors(node.get("creator"), byId, 0);
        }
    }

    private void addAuthors(Object value, Map<String, Map<?, ?>> byId, int depth) {
        if (value == null || depth > 3) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object v : list) {
                addAuthors(v, byId, depth + 1);
            }
        } else if (value instanceof Map<?, ?> ref) {
            // Yoast-style graphs point to the Person node by @id
            Map<?, ?> map = ref.get("name") == null && ref.get("@id") instanceof String id && byId.containsKey(id)
                    ? byId.get(id) : ref;
            String name = text(map.get("name"));
            if (name == null) {
                return;
            }
            boolean org = false;
            for (String t : types(map)) {
                org |= t.contains("organization") || t.contains("organisation") || t.equals("newsmediaorganization");
            }
            (org ? organisations : persons).add(name);
        } else if (value instanceof String s && !s.isBlank() && !s.startsWith("http")) {
            persons.add(Texts.clean(s));
        }
    }

    static String text(Object value) {
        if (value instanceof String s) {
            return Texts.isBlank(s) ? null : Texts.clean(s);
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return text(list.get(0));
        }
        if (value instanceof Map<?, ?> map) {
            Object v = map.get("@value");
            return v == null ? null : text(v);
        }
        return null;
    }

    private static String url(Object value) {
        if (value instanceof String s) {
            return Texts.isBlank(s) ? null : s.strip();
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return url(list.get(0));
        }
        if (value instanceof Map<?, ?> map) {
            String u = url(map.get("url"));
            return u != null ? u : url(map.get("contentUrl"));
        }
        return null;
    }
}
