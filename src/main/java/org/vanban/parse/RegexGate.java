package org.vanban.parse;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Cheap necessary conditions checked before a regular expression is run over a long text, and a scan that tries
 * a pattern only where a match can start. {@code java.util.regex} tries every position of the text; with
 * {@code CASE_INSENSITIVE} it folds the case of every character it compares, once per alternative. Most clauses
 * contain none of the words a pattern begins with, so a plain search for those words (or for a digit the pattern
 * requires) answers "no match" at a fraction of the cost. Each gate must be implied by its pattern: a text that
 * fails the gate can never match, so the gate changes the speed and never the result.
 */
public final class RegexGate {

    private RegexGate() {
    }

    /**
     * The case folding {@code java.util.regex} applies under {@code CASE_INSENSITIVE | UNICODE_CASE}: a
     * character matches a literal when their upper-then-lower-cased forms are equal.
     */
    public static char foldCase(char c) {
        return FOLDED[c];
    }

    /** Every character folded ahead: the case tables are slow, and a gate folds at every candidate position. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldCaseSlowly((char) c);
        }
    }

    private static char foldCaseSlowly(char c) {
        return (char) Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The text with every character {@linkplain #foldCase(char) case-folded}; the same length, position for position. */
    public static String foldCase(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = foldCase(text.charAt(i));
        }
        return new String(folded);
    }

    /**
     * Words for {@link #containsAny}, case-folded once. A word whose folding is not stable (folding it again
     * changes it) could match a character the gate would miss, so it is refused here, at class initialisation.
     */
    public static List<String> words(String... words) {
        for (String word : words) {
            String folded = foldCase(word);
            if (!folded.equals(word) || !foldCase(folded).equals(folded)) {
                throw new IllegalArgumentException("a gate word must be given case-folded: " + word);
            }
        }
        return List.of(words);
    }

    /**
     * Words a case-insensitive pattern opens with ({@code CASE_INSENSITIVE | UNICODE_CASE}), ready to be found
     * in a text as written, without a folded copy of it: each word is looked for by one of its characters,
     * through {@link String#indexOf(int, int)} for every character that folds to it, and confirmed by folding
     * the characters around it. The character is the word's rarest (see {@link #rarity}): every near miss costs
     * a search of its own.
     */
    public static final class Openings {
        private final String[] words;
        private final int[] anchors;
        private final char[][] variants;

        private Openings(List<String> words) {
            this.words = words.toArray(new String[0]);
            this.anchors = new int[this.words.length];
            this.variants = new char[this.words.length][];
            for (int w = 0; w < this.words.length; w++) {
                String word = this.words[w];
                int anchor = rarest(word);
                anchors[w] = anchor;
                variants[w] = foldingTo(word.charAt(anchor));
            }
        }

        private static int rarest(String word) {
            int rarest = 0;
            for (int j = 1; j < word.length(); j++) {
                if (rarity(word.charAt(j)) < rarity(word.charAt(rarest))) {
                    rarest = j;
                }
            }
            return rarest;
        }

        /**
         * Lower is rarer: a letter with a tone mark ("ề", "ị"), then any other letter with a diacritic ("đ",
         * "ê", "ư"), then the plain letters in the order of {@link #LETTERS_BY_RARITY}.
         */
        private static int rarity(char c) {
            if (c >= 0x80) {
                String nfd = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                return nfd.chars().anyMatch(m -> m == 0x300 || m == 0x301 || m == 0x303 || m == 0x309 || m == 0x323)
                        ? -2 : -1;
            }
            int rank = LETTERS_BY_RARITY.indexOf(c);
            return rank < 0 ? LETTERS_BY_RARITY.length() : rank;
        }

        int size() {
            return words.length;
        }

        /** Whether the text holds any of the words (what {@link #containsAny} says of its folding). */
        public boolean foundIn(String text) {
            for (int w = 0; w < words.length; w++) {
                if (nextAt(text, 0, w) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** The first position from {@code from} where word {@code w} is written, in any case; -1 if none. */
        int nextAt(String text, int from, int w) {
            int best = -1;
            int anchor = anchors[w];
            for (char variant : variants[w]) {
                int at = text.indexOf(variant, from + anchor);
                while (at >= 0 && (best < 0 || at - anchor < best)) {
                    if (isWordAt(text, at - anchor, w)) {
                        best = at - anchor;
                        break;
                    }
                    at = text.indexOf(variant, at + 1);
                }
            }
            return best;
        }

        private boolean isWordAt(String text, int start, int w) {
            String word = words[w];
            if (start + word.length() > text.length()) {
                return false;
            }
            for (int j = 0; j < word.length(); j++) {
                if (foldCase(text.charAt(start + j)) != word.charAt(j)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The plain letters from the rarest to the most frequent in Vietnamese text, roughly: an all-ASCII opening
     * word ("giao", "trong") is looked for by its letter that comes first here. Only speed depends on it.
     */
    private static final String LETTERS_BY_RARITY = "zwjfqxkbpsdrvlmyeuoaigtchn";

    /** {@link Openings} of words given case-folded (checked as {@link #words} checks them). */
    public static Openings openings(String... words) {
        return new Openings(words(words));
    }

    /** Every character that folds to one of {@code foldedLetters}: the spellings a case-insensitive pattern reads as them. */
    public static String foldingVariants(String foldedLetters) {
        StringBuilder variants = new StringBuilder();
        for (int i = 0; i < foldedLetters.length(); i++) {
            variants.append(foldingTo(foldedLetters.charAt(i)));
        }
        return variants.toString();
    }

    /** Every character that {@link #foldCase(char) folds} to {@code folded}; made once per character. */
    private static char[] foldingTo(char folded) {
        return FOLDING_TO.computeIfAbsent(folded, RegexGate::findFoldingTo).clone();
    }

    private static final java.util.concurrent.ConcurrentHashMap<Character, char[]> FOLDING_TO =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static char[] findFoldingTo(char folded) {
        StringBuilder chars = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (foldCase((char) c) == folded) {
                chars.append((char) c);
            }
        }
        return chars.toString().toCharArray();
    }

    /**
     * {@link Matcher#find()} from {@code from} for a pattern whose every match opens with one of
     * {@code openings}: the pattern is tried only where one of them is written and {@code canStart} (may be null)
     * agrees. {@code text} is the matcher's input; the bounds are set as
     * {@link #find(Matcher, CharSequence, int, StartTest)} sets them, so the result is the one {@code find} gives.
     */
    public static boolean findAtWords(Matcher matcher, String text, int from, Openings openings, StartTest canStart) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int[] next = new int[openings.size()];
        java.util.Arrays.fill(next, -2); // not searched yet
        int at = from;
        while (true) {
            int candidate = Integer.MAX_VALUE;
            for (int w = 0; w < next.length; w++) {
                if (next[w] != -1 && next[w] < at) {
                    next[w] = openings.nextAt(text, at, w);
                }
                if (next[w] >= 0) {
                    candidate = Math.min(candidate, next[w]);
                }
            }
            if (candidate == Integer.MAX_VALUE) {
                return false;
            }
            if (canStart == null || canStart.canStart(text, candidate)) {
                matcher.region(candidate, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
            at = candidate + 1;
        }
    }

    /**
     * Whether the character before {@code at} is a letter as {@code \\p{L}} reads it, so that a lookbehind
     * {@code (?<![\\p{L}])} fails there. A surrogate answers no: the pattern reads the whole code point, the gate
     * then leaves the decision to it.
     */
    public static boolean letterBefore(CharSequence text, int at) {
        if (at == 0) {
            return false;
        }
        char c = text.charAt(at - 1);
        return !Character.isSurrogate(c) && Character.isLetter(c);
    }

    /** Whether the character at {@code at} exists and folds to {@code folded}. */
    public static boolean foldsTo(CharSequence text, int at, char folded) {
        return at < text.length() && foldCase(text.charAt(at)) == folded;
    }

    /** Whether the case-folded text contains any of the words (given by {@link #words}). */
    public static boolean containsAny(String foldedText, List<String> words) {
        for (String word : words) {
            if (foldedText.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest run of consecutive digits as {@code \d} reads them under {@code UNICODE_CHARACTER_CLASS}
     * ({@link Character#isDigit}). A surrogate counts as a digit, so the answer never falls short for the
     * digits outside the Basic Multilingual Plane.
     */
    public static int longestDigitRun(String text) {
        return longestDigitRun(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #longestDigitRun(String)}, but no more than {@code enough}: the scan stops at the first run that
     * long, for a caller that only asks whether there is one.
     */
    public static int longestDigitRun(String text, int enough) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c < DIGITS.length ? DIGITS[c] : Character.isDigit(c) || Character.isSurrogate(c);
            run = digit ? run + 1 : 0;
            if (run > longest) {
                longest = run;
                if (longest >= enough) {
                    return enough;
                }
            }
        }
        return longest;
    }

    /** {@link Character#isDigit} ahead for the characters of Vietnamese text: the class tables are slow. */
    private static final boolean[] DIGITS = new boolean[0x2000];

    static {
        for (char c = 0; c < DIGITS.length; c++) {
            DIGITS[c] = Character.isDigit(c);
        }
    }

    /** Whether the text has an ASCII digit, which {@code \d} means without {@code UNICODE_CHARACTER_CLASS}. */
    public static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link Matcher#find()} over the matcher's whole input from {@code from}, trying the pattern only at the
     * positions whose character satisfies {@code canStart}: the first character of every possible match must
     * satisfy it. Lookbehinds still see the text before each position (transparent bounds) and {@code ^} does
     * not match there (no anchoring bounds), so the result is the one {@code find} gives. On success the
     * matcher holds the match; call again with {@link Matcher#end()} (one more after an empty match) for the next.
     */
    public static boolean find(Matcher matcher, CharSequence text, int from, IntPredicate canStart) {
        return find(matcher, text, from, (t, at) -> canStart.test(t.charAt(at)));
    }

    /**
     * {@link Matcher#replaceAll(String)} with a literal replacement, the pattern tried only where {@code canStart}
     * allows (as {@link #find(Matcher, CharSequence, int, StartTest)} tries it). The pattern must not match the
     * empty string. The text itself when nothing matches.
     */
    public static String replaceAll(Matcher matcher, String text, StartTest canStart, String replacement) {
        StringBuilder out = null;
        int last = 0;
        while (find(matcher, text, last, canStart)) {
            if (matcher.end() == matcher.start()) {
                throw new IllegalStateException("an empty match: " + matcher.pattern());
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, matcher.start()).append(replacement);
            last = matcher.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** Whether a match may start at a position, judged by the characters around it. */
    @FunctionalInterface
    public interface StartTest {
        boolean canStart(CharSequence text, int at);
    }

    /**
     * Where a number can start: at an ASCII digit that follows no letter, no digit and none of
     * {@code notAfter} (the separators that would make it the middle of a longer number or symbol).
     */
    public static StartTest numberStart(String notAfter) {
        return new NumberStart(notAfter);
    }

    /**
     * {@link #numberStart}'s test, a type of its own so that {@link #find} can look for the next digit in a loop
     * of its own: through the interface, the test is a call the compiler cannot inline (every pattern has its
     * own), made at every character of every clause.
     */
    private record NumberStart(String notAfter, boolean[] separators) implements StartTest {

        NumberStart(String notAfter) {
            this(notAfter, new boolean[0x80]);
            for (int i = 0; i < notAfter.length(); i++) {
                if (notAfter.charAt(i) >= 0x80) {
                    throw new IllegalArgumentException("a number's separators are ASCII: " + notAfter);
                }
                separators[notAfter.charAt(i)] = true;
            }
        }

        @Override
        public boolean canStart(CharSequence text, int at) {
            char c = text.charAt(at);
            if (c < '0' || c > '9') {
                return false;
            }
            return at == 0 || followsNoNumber(text, at);
        }

        /** The character before {@code at} (there is one) is no digit, none of {@link #notAfter}, no letter. */
        boolean followsNoNumber(CharSequence text, int at) {
            char before = text.charAt(at - 1);
            return !(before >= '0' && before <= '9') && !(before < 0x80 && separators[before])
                    && !letterBefore(text, at);
        }
    }

    /**
     * A start test that first asks whether the character is one of {@code firstChars}, then {@code test}. The
     * first question is answered by {@link #find} from a bit set, in its own loop, so that {@code test} (a call
     * through the interface) is made only where a match may start.
     */
    public static StartTest startingWith(String firstChars, StartTest test) {
        return new FirstChars(bits(firstChars), null, test);
    }

    /**
     * {@link #startingWith(String, StartTest)} that also asks whether the next character is one of
     * {@code secondChars} (there must be one), before {@code test}.
     */
    public static StartTest startingWith(String firstChars, String secondChars, StartTest test) {
        return new FirstChars(bits(firstChars), bits(secondChars), test);
    }

    private static long[] bits(String chars) {
        long[] bits = new long[1024];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    private record FirstChars(long[] first, long[] second, StartTest test) implements StartTest {
        @Override
        public boolean canStart(CharSequence text, int at) {
            return opens(text, at) && test.canStart(text, at);
        }

        boolean opens(CharSequence text, int at) {
            char c = text.charAt(at);
            if ((first[c >>> 6] & (1L << c)) == 0) {
                return false;
            }
            if (second == null) {
                return true;
            }
            if (at + 1 >= text.length()) {
                return false;
            }
            char next = text.charAt(at + 1);
            return (second[next >>> 6] & (1L << next)) != 0;
        }
    }

    /** {@link #find(Matcher, CharSequence, int, IntPredicate)} with a test that may look at the neighbours too. */
    public static boolean find(Matcher matcher, CharSequence text, int from, StartTest canStart) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        if (canStart instanceof NumberStart number && text instanceof String string) {
            return findNumber(matcher, string, from, number);
        }
        if (canStart instanceof FirstChars first && text instanceof String string) {
            for (int i = from; i < length; i++) {
                if (first.opens(string, i) && first.test().canStart(string, i)) {
                    matcher.region(i, length);
                    if (matcher.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int i = from; i < length; i++) {
            if (canStart.canStart(text, i)) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #find} at the positions {@code number} allows: the next digit looked for in a plain loop. */
    private static boolean findNumber(Matcher matcher, String text, int from, NumberStart number) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i > 0 && !number.followsNoNumber(text, i)) {
                continue;
            }
            matcher.region(i, length);
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
