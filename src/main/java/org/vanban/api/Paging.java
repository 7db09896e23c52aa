package org.vanban.api;

import org.vanban.index.InvalidQueryException;

/** Validated paging parameters: page from 0; size from 1, capped at {@link #MAX_SIZE}. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidQueryException("page", "page must be 0 or more (pages count from 0).");
        }
        if (s < 1) {
            throw new InvalidQueryException("size", "size must be at least 1.");
        }
        return new Paging(p, Math.min(s, MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }
}
