package dev.newsgraph.story;

/** Fired inside the transaction that created a story or added an article to it; heard once it has committed. */
public record StoryUpdated(long storyId) {
}
