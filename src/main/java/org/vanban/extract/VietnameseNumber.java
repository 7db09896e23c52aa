package org.vanban.extract;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese texts print them: '.' groups thousands and ',' marks decimals ("14.740" is fourteen
 * thousand, "6,4" is six point four, "106.761,592" is 106761.592). Texts that slipped into the English
 * convention are read too: "1,500,000" (several comma groups of three) and "2.5" (a dot not followed by a
 * group of three).
 */
public final class VietnameseNumber {

    private static final Pattern THOUSANDS_GROUPS = Pattern.compile("\\d{1,3}(?:[.]\\d{3})+");
    private static final Pattern ENGLISH_THOUSANDS_GROUPS = Pattern.compile("\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?");

    private VietnameseNumber() {
    }

    /** The value of a number as written, or null when it is not one. "02" gives 2. */
    public static BigDecimal parse(String written) {
        if (written == null) {
            return null;
        }
        String s = written.strip().replace(" ", "");
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) {
            return null;
        }
        String plain;
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            plain = lastComma > lastDot
                    ? s.replace(".", "").replace(',', '.')
                    : s.replace(",", "");
        } else if (lastDot >= 0) {
            plain = THOUSANDS_GROUPS.matcher(s).matches() ? s.replace(".", "") : s;
        } else if (lastComma >= 0) {
            plain = ENGLISH_THOUSANDS_GROUPS.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
        } else {
            plain = s;
        }
        try {
            BigDecimal value = new BigDecimal(plain).stripTrailingZeros();
            // 9000 stays 9000 rather than 9E+3, so that values print as the text wrote them
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
