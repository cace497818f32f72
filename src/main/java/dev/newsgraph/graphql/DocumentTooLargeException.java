package dev.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("DOCUMENT_TOO_LARGE")
public class DocumentTooLargeException extends ApiException {

    public DocumentTooLargeException(String message) {
        super(message);
    }
}
