package dev.newsgraph.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.search")
public interface SearchConfig {

    /** How many of the newest matches a search ranks; older matches follow them, newest first. */
    @WithDefault("200")
    int rankedCandidates();
}
