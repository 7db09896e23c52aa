package org.vanban.index;

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
 * @param snippet     highlighted passage(s), matched syllables wrapped in &lt;mark&gt;
 * @param score       relevance score
 */
public record SearchHit(long documentId, String title, String sourceName, String number, String kind,
        String clausePath, String text, String snippet, float score) {
}
