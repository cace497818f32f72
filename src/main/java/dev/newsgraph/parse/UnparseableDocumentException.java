package dev.newsgraph.parse;

/** No article could be found: no title and no body text. */
public class UnparseableDocumentException extends RuntimeException {

    public UnparseableDocumentException(String message) {
        super(message);
    }
}
