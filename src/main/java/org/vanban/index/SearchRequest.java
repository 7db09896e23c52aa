package org.vanban.index;

import java.util.List;

/**
 * A search as the caller asked for it. Validation happens in {@link SearchIndex#search}.
 *
 * @param query     the user's query in the simple syntax
 * @param documents filter: document ids
 * @param types     filter: document types ("Kế hoạch")
 * @param issuers   filter: issuers
 * @param agencies  filter: agency ids (tasks led or cooperated by them)
 * @param yearFrom  filter: first year (inclusive), null for open
 * @param yearTo    filter: last year (inclusive), null for open
 * @param kinds     "clause", "task", "target", "document"; none: passages (clauses and documents), each once,
 *                  tasks and targets being read from clauses
 * @param sort      "relevance" (default) or "date"
 * @param page      page number from 0
 * @param size      page size, at most 100
 * @param facets    whether to count facets; a caller that only pages through hits saves the facet pass
 */
public record SearchRequest(String query, List<Long> documents, List<String> types, List<String> issuers,
        List<String> agencies, Integer yearFrom, Integer yearTo, List<String> kinds, String sort, int page,
        int size, boolean facets) {

    /** With facets counted. */
    public SearchRequest(String query, List<Long> documents, List<String> types, List<String> issuers,
            List<String> agencies, Integer yearFrom, Integer yearTo, List<String> kinds, String sort, int page,
            int size) {
        this(query, documents, types, issuers, agencies, yearFrom, yearTo, kinds, sort, page, size, true);
    }

    public static SearchRequest of(String query, int page, int size) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                "relevance", page, size);
    }
}
