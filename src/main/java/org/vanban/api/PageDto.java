package org.vanban.api;

import java.util.List;

/** Every list response: one page of items, the total, and the page asked for. */
public record PageDto<T>(List<T> items, long total, int page, int size) {
}
