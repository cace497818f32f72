package dev.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The document parsed, but as a page that holds no article; nothing was stored. */
@ErrorCode("NOT_AN_ARTICLE")
public class NotAnArticleException extends ApiException {

    public NotAnArticleException(String message) {
        super(message);
    }
}
