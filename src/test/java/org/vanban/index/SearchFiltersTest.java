package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.Test;

class SearchFiltersTest {

    static SearchRequest filtered(List<String> types, Integer yearFrom, List<String> agencies) {
        return new SearchRequest("giao thông", List.of(), types, List.of(), agencies, yearFrom, null, List.of(),
                "relevance", 0, 10);
    }

    @Test
    void theFiltersARequestAsksForAreCachedFromTheirFirstUse() throws Exception {
        for (SearchRequest request : List.of(filtered(List.of("Kế hoạch"), null, List.of()),
                filtered(List.of(), 2022, List.of()), filtered(List.of("Kế hoạch"), 2022, List.of("so-y-te")))) {
            assertTrue(SearchFilters.CACHE_FILTERS.shouldCache(SearchFilters.filter(request)), request.toString());
        }
    }

    @Test
    void queriesOnTheTextAreNeverCached() throws Exception {
        var words = new SimpleQueryBuilder().build("giao thông vận tải");
        assertFalse(SearchFilters.CACHE_FILTERS.shouldCache(words));
        var filteredWords = new BooleanQuery.Builder().add(words, Occur.MUST)
                .add(SearchFilters.filter(filtered(List.of("Kế hoạch"), null, List.of())), Occur.FILTER).build();
        assertFalse(SearchFilters.CACHE_FILTERS.shouldCache(filteredWords), "the whole search is not a filter");
        assertFalse(SearchFilters.CACHE_FILTERS.shouldCache(new SimpleQueryBuilder().build("\"Đồ Sơn\"")),
                "a spelled phrase filters, but on the text");
    }
}
