package org.vanban.index;

/** A search request the caller must change: the message says what to change. Mapped to 400. */
public class InvalidQueryException extends RuntimeException {

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter at fault ("q", "type", "size"). */
    public String parameter() {
        return parameter;
    }
}
