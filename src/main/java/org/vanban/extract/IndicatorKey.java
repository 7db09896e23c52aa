package org.vanban.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import org.vanban.parse.RegexGate;
import org.vanban.parse.VietnameseText;

/**
 * The key naming what a target measures, so that one indicator links across documents: "Sản lượng hàng hóa
 * qua cảng đến năm 2025 đạt 350 triệu tấn", "Sản lượng hàng hoá thông qua cảng đạt 190 triệu tấn" and "Sản
 * lượng hàng hoá thông qua các cảng trên địa bàn năm 2030 đạt 380 triệu tấn" all give
 * "san luong hang hoa qua cang".
 *
 * <p>The key is the first part of the sentence that still names something once values, years, periods,
 * asides in parentheses, comparators ("đạt", "trên") and locatives ("trên địa bàn") are removed: its first
 * {@value #MAX_WORDS} words, folded (no diacritics, lower case).
 */
public final class IndicatorKey {

    static final int MAX_WORDS = 8;

    private IndicatorKey() {
    }

    /** The key of a target's text, null when nothing names a measure. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return of(text, VietnameseText.unifyTonePlacement(text), null);
    }

    /**
     * {@link #of(String)} with what the caller has already made: the text with its tone placement unified and,
     * if known, the {@link TargetPatterns#VALUE} matches in the text (used when the text is what they are
     * matched in, as it is when unifying and the asides change nothing).
     */
    static String of(String text, String unified, List<MatchResult> valuesInText) {
        if (text.isBlank()) {
            return null;
        }
        String s = unified;
        if (s.indexOf('(') >= 0) {
            s = TargetPatterns.PARENTHESES.matcher(s).replaceAll(" ");
        }
        s = (valuesInText != null && s.equals(text) ? withoutValues(s, valuesInText) : withoutValues(s))
                .toLowerCase(Locale.ROOT);
        if (s.contains(TargetPatterns.THROUGH_WORDS)) {
            s = TargetPatterns.THROUGH.matcher(s).replaceAll("qua");
        }
        // the segments INDICATOR_BREAK splits the text into, read one at a time: the first that names something
        // is the key, and it is usually the first
        Matcher breaks = TargetPatterns.INDICATOR_BREAK.matcher(s);
        int segmentStart = 0;
        while (RegexGate.find(breaks, s, segmentStart, TargetPatterns.INDICATOR_BREAK_START)) {
            String key = keyOf(s.substring(segmentStart, breaks.start()));
            if (key != null) {
                return key;
            }
            segmentStart = breaks.end();
        }
        return keyOf(s.substring(segmentStart));
    }

    /** The first {@value #MAX_WORDS} words of a segment once noise, numbers and stop words are gone; null if none. */
    private static String keyOf(String segment) {
        String words = RegexGate.replaceAll(TargetPatterns.INDICATOR_NOISE.matcher(segment), segment,
                TargetPatterns.INDICATOR_NOISE_START, " ");
        if (TargetPatterns.mayHoldNumericToken(words)) {
            words = TargetPatterns.NUMERIC_TOKEN.matcher(words).replaceAll(" ");
        }
        words = RegexGate.replaceAll(TargetPatterns.INDICATOR_STOP_WORD.matcher(words), words,
                TargetPatterns.INDICATOR_STOP_WORD_START, " ");
        // the words are the runs of letters and numbers (what splitting at NON_WORD leaves)
        String folded = VietnameseText.fold(words);
        StringBuilder key = new StringBuilder();
        int count = 0;
        int i = 0;
        int length = folded.length();
        while (i < length && count < MAX_WORDS) {
            int c = folded.codePointAt(i);
            if (!isWordCodePoint(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < length && isWordCodePoint(c = folded.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (count > 0) {
                key.append(' ');
            }
            key.append(folded, start, i);
            count++;
        }
        return count == 0 ? null : key.toString();
    }

    /** {@code [\\p{L}\\p{N}]}, the complement of {@link TargetPatterns#NON_WORD}. */
    private static boolean isWordCodePoint(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Each {@link TargetPatterns#VALUE} replaced by its counted noun or a space. */
    private static String withoutValues(String s) {
        return withoutValues(s, TargetValues.matches(s));
    }

    /** {@link #withoutValues(String)} given the matches. */
    private static String withoutValues(String s, List<MatchResult> values) {
        if (values.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        for (MatchResult value : values) {
            out.append(s, last, value.start()).append(countedNounOnly(value));
            last = value.end();
        }
        return out.append(s, last, s.length()).toString();
    }

    /** "trên 42.000 doanh nghiệp" keeps "doanh nghiệp": what is counted names the indicator. */
    private static String countedNounOnly(MatchResult value) {
        String unit = value.group(4) != null ? value.group(4) : value.group(2);
        if (unit != null) {
            Matcher counted = TargetPatterns.COUNTED_UNIT.matcher(unit.strip());
            if (counted.matches()) {
                return " " + counted.group(1) + " ";
            }
        }
        return " ";
    }
}
