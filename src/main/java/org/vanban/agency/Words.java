package org.vanban.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vanban.parse.VietnameseText;

/**
 * The {@link Word}s of a stretch of text, read only as far as they are asked for. A list of actors is a few
 * words at the start of a clause, yet the recognizer is handed a window of hundreds of characters and reads
 * several lists per clause: tokenizing the whole window each time made most of the cost of task extraction.
 * The words are the ones {@link WordTokenizer#tokenize(String, int, int)} gives, in the same order, so reading
 * them lazily changes when they are made, never what they are.
 */
final class Words {

    private final String text;
    private final int to;
    private int next;
    private final List<Word> read;
    private final StringBuilder key = new StringBuilder(16);
    /** {@link #lower(int)} per word, made the first time it is asked for. */
    private String[] lower = new String[16];
    /** The register name the trie finds at each word, asked for again by most checks; see {@link #known}. */
    private Object[] known = new Object[16];

    private static final Object NO_NAME = new Object();

    /** The words of {@code text} between {@code from} and {@code to}, with offsets into the whole text. */
    Words(String text, int from, int to) {
        this.text = text;
        this.to = Math.min(to, text.length());
        this.next = Math.max(0, from);
        this.read = new ArrayList<>(16);
    }

    /** Whether there is a word at {@code index}: the {@code index < size()} of a list read in full. */
    boolean has(int index) {
        while (index >= read.size() && next < to) {
            next = WordTokenizer.readToken(text, next, to, read, key);
        }
        return index < read.size();
    }

    /** The word at {@code index}, which {@link #has} must have confirmed. */
    Word get(int index) {
        has(index);
        return read.get(index);
    }

    /**
     * The word as written, lower case and NFC: the form {@link AgencyVocabulary#STOPS} and
     * {@link AgencyVocabulary#COMPOUNDS} are spelled in. Joining these with spaces gives what lower-casing and
     * composing the joined words gives: neither crosses a space.
     */
    String lower(int index) {
        if (index >= lower.length) {
            lower = java.util.Arrays.copyOf(lower, Math.max(index + 1, lower.length * 2));
        }
        String l = lower[index];
        if (l == null) {
            l = VietnameseText.nfc(get(index).text().toLowerCase(Locale.ROOT));
            lower[index] = l;
        }
        return l;
    }

    /** The longest register name starting at {@code index} (from the trie's root), asked of the trie once. */
    NameTrie.Match known(NameTrie trie, int index) {
        if (index >= known.length) {
            known = java.util.Arrays.copyOf(known, Math.max(index + 1, known.length * 2));
        }
        Object match = known[index];
        if (match == null) {
            NameTrie.Match found = trie.longest(this, index, trie.root());
            known[index] = found == null ? NO_NAME : found;
            return found;
        }
        return match == NO_NAME ? null : (NameTrie.Match) match;
    }
}
