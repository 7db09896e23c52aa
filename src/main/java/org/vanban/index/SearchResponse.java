package org.vanban.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with the number of matches and facet counts.
 *
 * @param hits              this page's hits
 * @param total             number of matching hits; an estimate when {@code exact} is false
 * @param exact             whether {@code total} and the facet counts are exact: a very large result is
 *                          counted on a uniform sample of the index and scaled up
 * @param diacriticsIgnored whether the words' diacritics were ignored because, as typed, they found nothing
 * @param facets            facet name ("type", "document", "agency", "year") → value → count, the most
 *                          frequent values first, at most 20 per facet
 */
public record SearchResponse(List<SearchHit> hits, long total, boolean exact, boolean diacriticsIgnored,
        Map<String, Map<String, Long>> facets) {
}
