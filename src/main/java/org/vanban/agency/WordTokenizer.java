package org.vanban.agency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Word}s with folded keys. Folding is done by a precomputed table per character, not
 * by a Unicode normalizer per word: the agency recognizer tokenizes every clause and must stay fast.
 */
public final class WordTokenizer {

    private static final int TABLE_SIZE = 0x2000;
    private static final char[] FOLD = buildFoldTable();

    private WordTokenizer() {
    }

    public static List<Word> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** The words of {@code text} between {@code from} and {@code to}, with offsets into the whole text. */
    public static List<Word> tokenize(String text, int from, int to) {
        List<Word> words = new ArrayList<>(Math.max(8, (to - from) / 5));
        int n = Math.min(to, text.length());
        int i = Math.max(0, from);
        StringBuilder key = new StringBuilder(16);
        while (i < n) {
            i = readToken(text, i, n, words, key);
        }
        return words;
    }

    /**
     * Reads the token at {@code i} (white space before it skipped) into {@code words}; returns where the next
     * one may start. At {@code n} or past it nothing is added. {@code key} is scratch space.
     */
    static int readToken(String text, int i, int n, List<Word> words, StringBuilder key) {
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int start = i;
                key.setLength(0);
                while (i < n && isWordChar(text.charAt(i))) {
                    char folded = fold(text.charAt(i));
                    if (folded != 0) {
                        key.append(folded);
                    }
                    i++;
                }
                words.add(new Word(text.substring(start, i), key.toString(), start, i));
            } else {
                String mark = punctuation(c);
                words.add(new Word(mark, mark, i, i + 1));
                i++;
            }
            return i;
        }
        return i;
    }

    /** One string per ASCII punctuation mark, made once: a list of names is mostly words and commas. */
    private static final String[] ASCII_MARKS = new String[0x80];

    static {
        for (char c = 0; c < ASCII_MARKS.length; c++) {
            ASCII_MARKS[c] = String.valueOf(c);
        }
    }

    private static String punctuation(char c) {
        return c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
    }

    /**
     * Folded key of a whole phrase, words joined by single spaces, punctuation dropped: the keys of
     * {@link #tokenize}'s words, read in one pass without making the words.
     */
    public static String phraseKey(String text) {
        return phraseKey(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #phraseKey(String)} when it is at most {@code longest} characters long, else null: for a caller that
     * compares the key with a few short phrases, a long text need not be folded to its end.
     */
    public static String phraseKey(String text, int longest) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), longest));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++; // white space, or punctuation: a token of its own, no word
                continue;
            }
            // a run of word characters is one token; it is a word when it opens with a letter, a digit or '&'
            boolean word = Character.isLetterOrDigit(c) || c == '&';
            if (word && !sb.isEmpty()) {
                sb.append(' ');
            }
            while (i < n && isWordChar(text.charAt(i))) {
                char folded = fold(text.charAt(i));
                if (word && folded != 0) {
                    sb.append(folded);
                }
                i++;
            }
            if (sb.length() > longest) {
                return null;
            }
        }
        return sb.toString();
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&';
        }
        // U+0300..U+036F: combining marks of text that escaped NFC
        return Character.isLetterOrDigit(c) || c >= 0x300 && c <= 0x36F;
    }

    static char fold(char c) {
        if (c < TABLE_SIZE) {
            return FOLD[c];
        }
        return Character.toLowerCase(c);
    }

    private static char[] buildFoldTable() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldSlow(c);
        }
        // Vietnamese precomposed letters live in U+1EA0..U+1EF9, which is inside the table
        return table;
    }

    private static char foldSlow(char c) {
        if (c == 'đ' || c == 'Đ' || c == '\u00D0' || c == '\u00F0') {
            return 'd';
        }
        if (c >= 0x300 && c <= 0x36F) {
            return 0; // a stray combining mark folds to nothing
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = nfd.charAt(0);
        return Character.toLowerCase(base);
    }
}
