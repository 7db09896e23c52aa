package org.vanban.store;

import java.util.Map;

import org.vanban.parse.VietnameseText;

/**
 * A "contains these words" condition over a folded text column, so that "cang bien" finds "cảng biển": every
 * word of the query, folded, must occur in the column.
 */
final class FoldedWordFilter {

    private FoldedWordFilter() {
    }

    static void append(StringBuilder where, Map<String, Object> params, String column, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        int i = 0;
        for (String word : VietnameseText.fold(text).split("\\s+")) {
            if (!word.isEmpty()) {
                where.append(" and ").append(column).append(" like :w").append(i);
                params.put("w" + i++, "%" + escapeLike(word) + "%");
            }
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
