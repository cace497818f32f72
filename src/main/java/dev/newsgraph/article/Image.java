package dev.newsgraph.article;

public record Image(String url, String caption, String credit) {
}
