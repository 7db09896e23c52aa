package org.vanban.index;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One hit.
 *
 * @param documentId  database id of the document
 * @param title       the document's title
 * @param sourceName  the document's file name
 * @param number      the document's number, may be null
 * @param kind        "clause", "task", "target" or "document"
 * @param clausePath  the clause path, null for a document hit
 * @param text        the stored text of the hit
 * @param snippet     highlighted passage(s), matched syllables wrapped in &lt;mark&gt;, the text around
 *                    them HTML-escaped
 * @param score       relevance score
 */
public record SearchHit(long documentId, String title, String sourceName, String number, String kind,
        String clausePath, String text, String snippet, float score) {

    /** The deep link to the hit: {@code /api/documents/{id}/clauses/{path}}, or the document for a document hit. */
    public String link() {
        String document = "/api/documents/" + documentId;
        if (clausePath == null || clausePath.isBlank()) {
            return document;
        }
        return document + "/clauses/" + URLEncoder.encode(clausePath, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
