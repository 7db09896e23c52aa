package org.vanban.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

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
        String s = VietnameseText.unifyTonePlacement(text);
        if (s.indexOf('(') >= 0) {
            s = TargetPatterns.PARENTHESES.matcher(s).replaceAll(" ");
        }
        s = TargetPatterns.VALUE.matcher(s).replaceAll(IndicatorKey::countedNounOnly);
        s = s.toLowerCase(Locale.ROOT);
        if (s.contains(TargetPatterns.THROUGH_WORDS)) {
            s = TargetPatterns.THROUGH.matcher(s).replaceAll("qua");
        }
        for (String segment : TargetPatterns.INDICATOR_BREAK.split(s)) {
            String words = TargetPatterns.INDICATOR_NOISE.matcher(segment).replaceAll(" ");
            words = TargetPatterns.NUMERIC_TOKEN.matcher(words).replaceAll(" ");
            words = TargetPatterns.INDICATOR_STOP_WORD.matcher(words).replaceAll(" ");
            String key = Arrays.stream(TargetPatterns.NON_WORD.split(VietnameseText.fold(words)))
                    .filter(w -> !w.isEmpty())
                    .limit(MAX_WORDS)
                    .collect(Collectors.joining(" "));
            if (!key.isEmpty()) {
                return key;
            }
        }
        return null;
    }

    /** "trên 42.000 doanh nghiệp" keeps "doanh nghiệp": what is counted names the indicator. */
    private static String countedNounOnly(MatchResult value) {
        String unit = value.group(4) != null ? value.group(4) : value.group(2);
        if (unit != null) {
            Matcher counted = TargetPatterns.COUNTED_UNIT.matcher(unit.strip());
            if (counted.matches()) {
                return " " + Matcher.quoteReplacement(counted.group(1)) + " ";
            }
        }
        return " ";
    }
}
