package dev.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("BATCH_TOO_LARGE")
public class BatchTooLargeException extends ApiException {

    public BatchTooLargeException(String message) {
        super(message);
    }
}
