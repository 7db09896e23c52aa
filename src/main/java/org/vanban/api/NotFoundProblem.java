package org.vanban.api;

/** Any unknown id other than a document's (a clause path, an agency id). Mapped to 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }
}
