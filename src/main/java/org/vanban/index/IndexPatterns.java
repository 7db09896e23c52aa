package org.vanban.index;

import java.util.Locale;
import java.util.regex.Pattern;

import org.vanban.parse.RegexGate;

/** Every regular expression of the index and query stage. */
public final class IndexPatterns {

    private IndexPatterns() {
    }

    /**
     * A document number as documents print it: digits, an optional year, then one to four symbol groups
     * joined by '-' or '/', each opening with a capital letter. Matches "45-NQ/TW", "96-KL/TW",
     * "110-TB/VPTW", "86/KH-UBND", "76-CTr/TU", "7/NQ-CP", "108/NQ- CP", "15/2020/NĐ-CP", "1234/QĐ-UBND".
     * Does not match dates ("30/9/2024"), periods ("2021-2025") or "2020 - Kế hoạch".
     */
    public static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,6}(?:/\\d{4})?[-/][A-ZĐ][A-Za-zĐđ]{0,9}"
                    + "(?:\\s?[-/]\\s?[A-ZĐ][A-Za-zĐđ]{0,9}){0,3}(?![\\p{L}\\d])");

    /**
     * Where a {@link #DOCUMENT_NUMBER} can start: a digit after no letter and no digit, as its lookbehind says.
     * Tried only there ({@link RegexGate#find}), the pattern costs a tenth of what it cost tried at every
     * character of every indexed unit.
     */
    static final RegexGate.StartTest DOCUMENT_NUMBER_START = RegexGate.numberStart("");

    /**
     * The same shape typed in a query, in any case and as the whole word: "45-NQ/TW", "45-nq/tw",
     * "86/kh-ubnd", "15/2020/NĐ-CP".
     */
    public static final Pattern QUERY_DOCUMENT_NUMBER = Pattern.compile(
            "\\d{1,6}(?:/\\d{4})?[-/]\\p{L}{1,10}(?:[-/]\\p{L}{1,10}){0,3}");

    /**
     * Punctuation a query word may carry at either end and that means nothing: "Lạch Huyện," "(2030)",
     * "“logistics”" give "Lạch Huyện", "2030", "logistics".
     */
    public static final Pattern EDGE_PUNCTUATION = Pattern.compile(
            "^[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}…–—]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}…–—&&[^*~]]+$");

    /** A fuzzy suffix: "huyen~", "huyen~1", "huyen~2". */
    public static final Pattern FUZZY_SUFFIX = Pattern.compile("~(\\d?)$");

    /** Whitespace anywhere inside a number as written: "108/NQ- CP". */
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The key a document number is indexed and looked up under: no spaces, upper case ("76-CTR/TU"). */
    public static String normalizeNumber(String number) {
        return WHITESPACE.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
