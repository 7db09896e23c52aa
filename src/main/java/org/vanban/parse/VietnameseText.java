package org.vanban.parse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Matching helpers for Vietnamese text. Display text keeps what the source wrote; these give the keys
 * under which spellings that mean the same compare equal.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC, with the look-alike Ð (U+00D0, Icelandic eth) read as Đ (U+0110). */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        if (isComposedAlready(s)) {
            return s;
        }
        // most text arrives composed: checking is cheaper than normalizing, which always copies
        String composed = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        return composed.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
    }

    /**
     * Whether {@link #nfc} returns the text itself because every character is {@link #STABLE}: a text of
     * characters that are composed on their own, combine with nothing before them and carry no combining class
     * is composed. One table lookup per character, where the normalizer's own check costs several.
     */
    private static boolean isComposedAlready(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= STABLE_BELOW || !STABLE[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters {@link #isComposedAlready} lets through: composed on their own, no combining mark (the
     * marks carry the combining classes and are what composes with a character before), no Hangul jamo (they
     * compose with the syllable before), no surrogate, and not the look-alike Ð and ð that {@link #nfc} replaces.
     * Made for the characters below {@link #STABLE_BELOW} only: a text with others is checked by the normalizer.
     */
    private static final boolean[] STABLE;

    /**
     * Vietnamese, its punctuation and symbols are below U+3000; the table for every char took 45 ms, at a first
     * search or a first file, for characters these texts do not have.
     */
    private static final int STABLE_BELOW = 0x3000;

    static {
        STABLE = new boolean[STABLE_BELOW];
        for (int c = 0; c < STABLE_BELOW; c++) {
            int type = Character.getType(c);
            STABLE[c] = !Character.isSurrogate((char) c) && type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && !(c >= 0x1100 && c <= 0x11FF) && c != 0xD0 && c != 0xF0
                    && Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFC);
        }
    }

    /**
     * Moves the tone mark to the place the "old style" puts it, so that "hoà" = "hòa", "thuỷ" = "thủy" and
     * "Uỷ" = "Ủy". Only the syllable nuclei oa, oe, uy (with the tone on the second vowel and nothing after
     * it) are affected; everything else is returned as it is.
     */
    public static String unifyTonePlacement(String s) {
        if (s == null) {
            return null;
        }
        String composed = nfc(s);
        if (!mayMoveTone(composed, 0, composed.length())) {
            return composed;
        }
        // the tone moves inside a syllable and normalization never reaches across a space: only the words that
        // may change are decomposed and composed again, not the whole text
        StringBuilder out = new StringBuilder(composed.length());
        int length = composed.length();
        int start = 0;
        while (true) {
            int end = composed.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (mayMoveTone(composed, start, end)) {
                out.append(moveTones(composed.substring(start, end)));
            } else {
                out.append(composed, start, end);
            }
            if (end == length) {
                return out.toString();
            }
            out.append(' ');
            start = end + 1;
        }
    }

    /** {@link #unifyTonePlacement} of one NFC word: decomposed, the tone marks moved, composed again. */
    private static String moveTones(String composed) {
        String nfd = Normalizer.normalize(composed, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            char c = nfd.charAt(i);
            // pattern: o|u (any case) + a|e|y (any case) + tone mark + end of syllable
            if (i + 2 < nfd.length() && isOorU(c) && isNucleusSecond(c, nfd.charAt(i + 1))
                    && isTone(nfd.charAt(i + 2)) && endsSyllable(nfd, i + 3)
                    && !precededByQ(nfd, i)) {
                out.append(c).append(nfd.charAt(i + 2)).append(nfd.charAt(i + 1));
                i += 3;
                continue;
            }
            out.append(c);
            i++;
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** The lower-case toned a, e and y of NFC text: the vowels whose tone placement varies after o and u. */
    private static final String TONED_SECOND_VOWELS = "àáảãạèéẻẽẹỳýỷỹỵ";

    /**
     * Cheap test before {@link #unifyTonePlacement}: true when lower-case NFC {@code text[0..length)} has an o
     * or u followed by a toned a, e or y, the only places where it changes anything.
     */
    public static boolean mayNeedToneUnification(char[] text, int length) {
        for (int i = 0; i + 1 < length; i++) {
            if ((text[i] == 'o' || text[i] == 'u') && TONED_SECOND_VOWELS.indexOf(text[i + 1]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, diacritics removed and đ read as d: the key for "with or without diacritics" matching. */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        char[] folded = new char[s.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = s.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : 0;
            if (f == 0) {
                return foldSlowly(s);
            }
            folded[i] = f;
        }
        return new String(folded);
    }

    /**
     * {@link #fold} of each character that folds to one character on its own and in any text of such characters,
     * else 0. A character that is no combining mark decomposes into a base and marks already in order, so the
     * decomposition of a text of them is the decompositions one after the other (composing first changes no
     * decomposition); lower-casing goes character by character but for the capital sigma, whose small form
     * depends on the letters around it. Vietnamese, the general punctuation (dashes, curly quotes) and the
     * symbols before U+3000 are all in.
     */
    private static final char[] FOLDED = new char[0x3000];

    static {
        for (char c = 1; c < FOLDED.length; c++) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || c == '\u03A3' || Character.isSurrogate(c)) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            int first = Character.getType(nfd.charAt(0));
            String folded = foldSlowly(String.valueOf(c));
            if (folded.length() == 1 && folded.charAt(0) != 0 && first != Character.NON_SPACING_MARK
                    && first != Character.COMBINING_SPACING_MARK && first != Character.ENCLOSING_MARK) {
                FOLDED[c] = folded.charAt(0);
            }
        }
    }

    /** The definition of {@link #fold}, over the whole text: what the table and the shortcuts must agree with. */
    static String foldSlowly(String s) {
        String nfd = Normalizer.normalize(nfc(s), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Case-folded, tone placement unified, whitespace collapsed: the key for exact-but-forgiving matching. */
    public static String matchKey(String s) {
        if (s == null) {
            return null;
        }
        return collapseWhitespace(unifyTonePlacement(s)).toLowerCase(Locale.ROOT);
    }

    public static String collapseWhitespace(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isRegexWhitespace(c);
            if (out == null && (space && c != ' ' || space && inRun)) {
                // the first change: copy what came before, then go on building
                out = new StringBuilder(s.length()).append(s, 0, inRun ? i - 1 : i);
                if (inRun) {
                    out.append(' ');
                }
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (!inRun) {
                    out.append(' ');
                }
            }
            inRun = space;
        }
        return (out == null ? s : out.toString()).strip();
    }

    /** {@code \\s} of {@link Patterns#WHITESPACE}: the ASCII white space only. */
    private static boolean isRegexWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether {@link #unifyTonePlacement} could change this NFC text: only where a plain o or u is followed by a
     * letter that decomposes into a, e or y with a tone mark first ("oà", "uý", "oẹ"). Elsewhere its result is
     * the NFC text itself, so the two normalizations are skipped.
     */
    private static boolean mayMoveTone(String composed, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char next = composed.charAt(i + 1);
            if (next >= 0x80 && isOorU(composed.charAt(i)) && TONED_NUCLEUS_SECOND.get(next)) {
                return true;
            }
        }
        return false;
    }

    /** The letters whose decomposition starts with a, e or y (either case) and a tone mark: "à", "ý", "Ẹ", "ậ". */
    private static final java.util.BitSet TONED_NUCLEUS_SECOND = tonedNucleusSecond();

    /** A bit set, not a set of boxed characters: asked at every o and u of every key made. */
    private static java.util.BitSet tonedNucleusSecond() {
        java.util.BitSet letters = new java.util.BitSet(0x10000);
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (nfd.length() >= 2 && "aAeEyY".indexOf(nfd.charAt(0)) >= 0 && isTone(nfd.charAt(1))) {
                letters.set(c);
            }
        }
        return letters;
    }

    /** True when the text carries any Vietnamese diacritic or đ. */
    public static boolean hasDiacritics(String s) {
        if (s == null) {
            return false;
        }
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ' || c == '\u00D0') {
                return true;
            }
        }
        return false;
    }

    private static boolean isOorU(char c) {
        return c == 'o' || c == 'O' || c == 'u' || c == 'U';
    }

    private static boolean isNucleusSecond(char first, char c) {
        char f = Character.toLowerCase(first);
        char l = Character.toLowerCase(c);
        return (f == 'o' && (l == 'a' || l == 'e')) || (f == 'u' && l == 'y');
    }

    private static boolean isTone(char c) {
        // grave, acute, tilde, hook above, dot below
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean endsSyllable(String s, int i) {
        return i >= s.length() || !Character.isLetter(s.charAt(i));
    }

    private static boolean precededByQ(String s, int i) {
        // "quý", "quá": the u belongs to the consonant qu, the tone rightly sits on the vowel after it
        return i > 0 && (s.charAt(i - 1) == 'q' || s.charAt(i - 1) == 'Q');
    }
}
