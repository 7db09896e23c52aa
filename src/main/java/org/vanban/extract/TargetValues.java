package org.vanban.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import org.vanban.domain.TargetValue;
import org.vanban.parse.RegexGate;

/**
 * Reads the values a target sentence states: number, unit as written, and how the value is meant.
 * "đạt khoảng 6,4%" gives 6.4 % "khoảng"; "đạt 180 - 190 nghìn tỷ đồng" gives 180..190 "nghìn tỷ đồng"
 * "từ ... đến"; "đạt 75 tỷ USD trở lên" gives 75 "tỷ USD" "trở lên". Years, periods, dates and ordinals are
 * not values; a bare number counts only when a comparator announces it ("đạt 0,8").
 */
public final class TargetValues {

    /** Comparators as the domain names them, by the words that say them. */
    private static final Map<String, String> COMPARATOR_BY_WORD = Map.of(
            "tối thiểu", "tối thiểu", "ít nhất", "tối thiểu", "không dưới", "tối thiểu", "từ", "tối thiểu",
            "khoảng", "khoảng", "trên", "trên", "hơn", "trên", "dưới", "dưới", "tối đa", "tối đa",
            "không quá", "tối đa");

    private static final int LOOK_BEHIND = 30;
    private static final int LOOK_AHEAD = 60;

    private TargetValues() {
    }

    public static List<TargetValue> read(String text) {
        return text == null ? new ArrayList<>() : read(text, matches(text));
    }

    /**
     * Every {@link TargetPatterns#VALUE} in the text, in order, each tried only where a number starts. The
     * indicator key removes the same matches from the same text: they are found once for both.
     */
    static List<MatchResult> matches(String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher m = TargetPatterns.VALUE.matcher(text);
        int from = 0;
        while (RegexGate.find(m, text, from, TargetPatterns.VALUE_START)) {
            from = Math.max(m.end(), m.start() + 1);
            matches.add(m.toMatchResult());
        }
        return matches;
    }

    /** The values of {@code text}, whose {@link TargetPatterns#VALUE} matches are {@code matches}. */
    static List<TargetValue> read(String text, List<MatchResult> matches) {
        List<TargetValue> values = new ArrayList<>();
        for (MatchResult m : matches) {
            String before = text.substring(Math.max(0, m.start() - LOOK_BEHIND), m.start());
            if (RegexGate.find(TargetPatterns.YEAR_LEAD.matcher(before), before, 0, TargetPatterns.YEAR_LEAD_START)) {
                continue;
            }
            String unit = unitOf(m.group(2), m.group(4));
            BigDecimal value = VietnameseNumber.parse(m.group(1));
            BigDecimal upper = m.group(3) == null ? null : VietnameseNumber.parse(m.group(3));
            if (value == null || isPerUnit(value, upper, unit, before)) {
                continue;
            }
            if (unit == null && TargetPatterns.DURATION_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            if (unit == null && looksLikeYear(m.group(1)) && (upper == null || looksLikeYear(m.group(3)))) {
                continue;
            }
            String comparator = comparator(before, text.substring(m.end(), Math.min(text.length(),
                    m.end() + LOOK_AHEAD)), upper != null);
            if (unit == null && comparator == null) {
                // a bare count still counts something: "Có thêm 10 làng văn hóa du lịch cộng đồng"
                Matcher noun = TargetPatterns.COUNTED_NOUN_AFTER.matcher(text).region(m.end(), text.length());
                if (!noun.lookingAt() || looksLikeYear(m.group(1)) || TargetPatterns.RANK_LEAD.matcher(before).find()) {
                    continue;
                }
                unit = noun.group(1);
            }
            values.add(new TargetValue(value, upper, unit, comparator));
        }
        return values;
    }

    private static String unitOf(String first, String second) {
        String unit = second != null ? second : first;
        if (unit == null) {
            return null;
        }
        String single = TargetPatterns.WHITESPACE.matcher(unit.strip()).replaceAll(" ");
        return TargetPatterns.SPACED_SLASH.matcher(single).replaceAll("/");
    }

    /** "trên 1 ha": one unit of a base measure, the denominator of the value that follows. */
    private static boolean isPerUnit(BigDecimal value, BigDecimal upper, String unit, String before) {
        return upper == null && unit != null && value.compareTo(BigDecimal.ONE) == 0
                && Character.isLetter(unit.charAt(0)) && !TargetPatterns.MAGNITUDE_START.matcher(unit).lookingAt()
                && TargetPatterns.PER_UNIT_LEAD.matcher(before).find();
    }

    private static boolean looksLikeYear(String number) {
        return number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
    }

    private static String comparator(String before, String after, boolean range) {
        if (TargetPatterns.AT_LEAST_WORDS.foundIn(after)
                && TargetPatterns.AT_LEAST_AFTER.matcher(after).find()) {
            return "trở lên";
        }
        Matcher b = TargetPatterns.COMPARATOR_BEFORE.matcher(before);
        String word = RegexGate.find(b, before, 0, TargetPatterns.COMPARATOR_BEFORE_START)
                ? b.group(1).toLowerCase(Locale.ROOT) : null;
        if (range) {
            return word != null && !word.equals("từ") && !word.equals("đạt")
                    ? COMPARATOR_BY_WORD.get(word) : "từ ... đến";
        }
        if (word == null) {
            return null;
        }
        return word.equals("đạt") ? "đạt" : COMPARATOR_BY_WORD.get(word);
    }
}
