package org.vanban.domain;

import java.util.Map;

/**
 * One clause of a document's tree, flat with a link to its parent.
 *
 * @param path       the citable path, labels joined by '.' ("III.2.d.3", "PL1.4"); unique in the document
 * @param parentPath the parent's path, null at the top level
 * @param label      the label as printed ("III.", "a)", "(6)", "-"), null for a plain paragraph
 * @param heading    the heading when the clause has one (a section title), otherwise null
 * @param text       the clause's own text, without its label and without its children's text
 * @param start      offset of the clause's first character in the normalized text (inclusive)
 * @param end        offset just past the clause's own text in the normalized text (exclusive)
 * @param kind       what kind of unit this is
 * @param cells      for a table row, the cell text by column meaning; empty otherwise
 */
public record Clause(
        String path,
        String parentPath,
        String label,
        String heading,
        String text,
        int start,
        int end,
        ClauseKind kind,
        Map<ColumnRole, String> cells) {

    public Clause {
        cells = cells == null ? Map.of() : Map.copyOf(cells);
    }

    /** The heading and own text together, the way a reader sees the clause. */
    public String fullText() {
        if (heading == null || heading.isBlank()) {
            return text;
        }
        return text == null || text.isBlank() ? heading : heading + "\n" + text;
    }
}
