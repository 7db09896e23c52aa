package org.vanban.ingest;

/** A file the pipeline refuses, with a reason a caller can act on. */
public class RejectedInputException extends Exception {

    private final RejectionReason reason;

    public RejectedInputException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedInputException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
