package org.vanban.index;

import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * ICU's folding (the one {@link ICUFoldingFilter} applies: case, diacritics, đ → d) precomputed per character
 * for the blocks Vietnamese text is written in, so that folding a syllable is a table lookup per character
 * rather than a pass of the ICU normalizer. A character outside the table, or one ICU folds to several
 * characters ("ß" → "ss"), sends the whole token through ICU itself: the result is always ICU's.
 */
final class FoldingTable {

    /** Basic Latin to Latin Extended-B, the combining diacritics, and Latin Extended Additional (ạ…ỹ). */
    private static final int[][] BLOCKS = {{0x0000, 0x024F}, {0x0300, 0x036F}, {0x1E00, 0x1EFF}};
    private static final char REMOVED = '\uFFFF';
    private static final char NOT_SIMPLE = '\uFFFE';
    private static final char[] TABLE = new char[0x1F00];

    static {
        java.util.Arrays.fill(TABLE, NOT_SIMPLE);
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                String folded = ICUFoldingFilter.NORMALIZER.normalize(String.valueOf((char) c));
                if (folded.isEmpty()) {
                    TABLE[c] = REMOVED;
                } else if (folded.length() == 1 && folded.charAt(0) < REMOVED - 1) {
                    TABLE[c] = folded.charAt(0);
                }
            }
        }
    }

    private FoldingTable() {
    }

    /** {@code text[0..length)} folded; {@code null} when it folds to itself (plain ASCII lower case). */
    static String fold(char[] text, int length) {
        char[] out = null;
        int written = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            char folded = c < TABLE.length ? TABLE[c] : NOT_SIMPLE;
            if (folded == NOT_SIMPLE) {
                return ICUFoldingFilter.NORMALIZER.normalize(new String(text, 0, length));
            }
            if (folded != c && out == null) {
                out = new char[length];
                System.arraycopy(text, 0, out, 0, i);
                written = i;
            }
            if (out != null && folded != REMOVED) {
                out[written++] = folded;
            }
        }
        return out == null ? null : new String(out, 0, written);
    }
}
