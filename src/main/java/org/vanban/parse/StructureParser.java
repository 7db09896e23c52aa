package org.vanban.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;

/** Stage 2b: clean text → flat clause tree in document order. Pure. */
public final class StructureParser {

    public List<Clause> parse(String text) {
        // placeholder: one clause per non-blank line
        List<Clause> clauses = new ArrayList<>();
        int offset = 0;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                n++;
                int start = offset + (line.length() - line.stripLeading().length());
                int end = offset + line.stripTrailing().length();
                clauses.add(new Clause(String.valueOf(n), null, null, null, line.strip(), start, end,
                        ClauseKind.PARAGRAPH, Map.of()));
            }
            offset += line.length() + 1;
        }
        return clauses;
    }
}
