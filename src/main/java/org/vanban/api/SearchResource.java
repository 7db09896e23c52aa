package org.vanban.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.vanban.index.InvalidQueryException;
import org.vanban.index.SearchHit;
import org.vanban.index.SearchIndex;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResponse;
import org.vanban.store.AgencyQueries;

/**
 * {@code GET /api/search}: full-text search over passages (clauses and documents) by default, over tasks
 * and targets with {@code kind=task|target}. Thin: parses the
 * parameters, asks {@link SearchIndex}, maps the result to {@link SearchResult}. Numbers arrive as strings so
 * that "page=abc" is a 400 that says what to change rather than the framework's 404.
 */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int DEFAULT_PAGE_SIZE = 10;

    @Inject
    SearchIndex searchIndex;

    @Inject
    AgencyQueries agencyQueries;

    @GET
    public SearchResult search(@QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("10") String size,
            @QueryParam("document") List<String> documents,
            @QueryParam("type") List<String> types,
            @QueryParam("issuer") List<String> issuers,
            @QueryParam("agency") List<String> agencies,
            @QueryParam("yearFrom") String yearFrom,
            @QueryParam("yearTo") String yearTo,
            @QueryParam("kind") List<String> kinds,
            @QueryParam("sort") @DefaultValue("relevance") String sort,
            @QueryParam("facets") @DefaultValue("true") String facets) {
        List<Long> documentIds = new ArrayList<>();
        for (String document : documents == null ? List.<String>of() : documents) {
            if (document != null && !document.isBlank()) {
                documentIds.add(parseLong("document", document));
            }
        }
        SearchRequest request = new SearchRequest(q, documentIds, orEmpty(types), orEmpty(issuers),
                agencyIds(orEmpty(agencies)), parseIntOrNull("yearFrom", yearFrom), parseIntOrNull("yearTo", yearTo),
                orEmpty(kinds), sort, parseInt("page", page), parseInt("size", size), parseBoolean("facets", facets));
        return SearchResult.of(searchIndex.search(request), request.page(), request.size());
    }

    /** Agency filters may name an agency by id, name or abbreviation ("Sở GTVT"); an unknown one is a 400. */
    private List<String> agencyIds(List<String> agencies) {
        List<String> ids = new ArrayList<>();
        for (String agency : agencies) {
            if (agency == null || agency.isBlank()) {
                continue;
            }
            List<String> resolved = agencyQueries.resolve(agency);
            if (resolved.isEmpty()) {
                throw new InvalidQueryException("agency", "No agency matches '" + agency
                        + "'; find its id with GET /api/agencies?q=<name>.");
            }
            ids.addAll(resolved);
        }
        return ids;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static int parseInt(String parameter, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(parameter, parameter + " '" + value + "' is not a whole number.");
        }
    }

    private static boolean parseBoolean(String parameter, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryException(parameter, parameter + " '" + value
                    + "' is neither true nor false.");
        };
    }

    private static Integer parseIntOrNull(String parameter, String value) {
        return value == null || value.isBlank() ? null : parseInt(parameter, value);
    }

    private static long parseLong(String parameter, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(parameter, parameter + " '" + value
                    + "' is not a document id; use the numeric id from /api/documents.");
        }
    }

    /**
     * The response body. {@code total} and {@code facets} are exact when {@code totalExact} is true; a result of
     * more than about 8,000 hits is counted on a uniform sample of the index and scaled up (the hits
     * themselves are always the best ones). {@code diacriticsIgnored}: the words as typed found nothing, so
     * their diacritics were ignored. Facets list the 20 most frequent values each; with {@code facets=false} none
     * is counted and {@code facets} is empty, which makes a large result's search cheaper.
     */
    public record SearchResult(List<Item> items, long total, boolean totalExact, boolean diacriticsIgnored,
            int page, int size, Map<String, Map<String, Long>> facets) {

        static SearchResult of(SearchResponse response, int page, int size) {
            return new SearchResult(response.hits().stream().map(Item::of).toList(), response.total(),
                    response.exact(), response.diacriticsIgnored(), page, size, response.facets());
        }
    }

    /** One hit. {@code snippet} is HTML: escaped text with the matched syllables in {@code <mark>}. */
    public record Item(DocumentSummary document, String kind, String clausePath, String text, String snippet,
            float score, String link) {

        static Item of(SearchHit hit) {
            return new Item(new DocumentSummary(hit.documentId(), hit.title(), hit.sourceName(), hit.number()),
                    hit.kind(), hit.clausePath(), hit.text(), hit.snippet(), hit.score(), hit.link());
        }
    }

    /** The document a hit belongs to. */
    public record DocumentSummary(long id, String title, String sourceName, String number) {
    }
}
