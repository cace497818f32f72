package dev.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("UNPARSEABLE_DOCUMENT")
public class UnparseableDocumentError extends ApiException {

    public UnparseableDocumentError(String message) {
        super(message);
    }
}
