package org.vanban.index;

/**
 * A search waited longer than {@link SearchIndex#MAX_SEARCH_WAIT} for its turn: the service is overloaded (or
 * stopping). Mapped to 503 with a Retry-After; nothing was searched, so repeating it is safe.
 */
public class SearchBusyException extends RuntimeException {

    public SearchBusyException(String message) {
        super(message);
    }
}
