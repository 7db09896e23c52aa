package org.vanban.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with facet counts over all matching hits.
 *
 * @param hits   this page's hits
 * @param total  number of matching hits
 * @param facets facet name ("type", "document", "agency", "year") → value → count
 */
public record SearchResponse(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets) {
}
