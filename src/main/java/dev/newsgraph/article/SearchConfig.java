package dev.newsgraph.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.search")
public interface SearchConfig {

    /** How many of the newest matches a search ranks; older matches follow them, newest first. */
    @WithDefault("200")
    int rankedCandidates();

    /**
     * Whether those matches are looked for window by window back from the newest article (see
     * {@code ArticleQueries}) rather than in one statement over all articles; the results are the same.
     */
    @WithDefault("true")
    boolean windowed();

    /** The first window's length in days; later windows are wider. */
    @WithDefault("7")
    int firstWindowDays();
}
