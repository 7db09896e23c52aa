package org.vanban.agency;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A vocabulary of phrases ({@link AgencyVocabulary#GROUP_TERMS}, {@link AgencyVocabulary#HEADS}, ...) as a trie
 * of words, so that the longest phrase starting at a word is found in one walk over the words. Asking a set
 * for the key of every length from the longest down built and hashed a new string per length and per call,
 * and the recognizer asks at nearly every word it reads.
 *
 * <p>A phrase is its words joined by single spaces; which form of a word counts (its folded key or its
 * lower-case spelling) is the caller's choice, given as {@code wordOf}.
 */
final class Phrases<V> {

    private static final class Node<V> {
        private final Map<String, Node<V>> children = new HashMap<>(4);
        private V value;
    }

    private final Node<V> root = new Node<>();

    /** The phrases with their values; a phrase is words joined by single spaces. */
    Phrases(Map<String, V> phrases) {
        for (var entry : phrases.entrySet()) {
            Node<V> node = root;
            for (String word : entry.getKey().split(" ", -1)) {
                if (word.isEmpty()) {
                    throw new IllegalArgumentException("a phrase is words joined by single spaces: " + entry.getKey());
                }
                node = node.children.computeIfAbsent(word, w -> new Node<>());
            }
            node.value = entry.getValue();
        }
    }

    /** The phrases of a set, each with the value {@code true}. */
    static Phrases<Boolean> of(Iterable<String> phrases) {
        Map<String, Boolean> values = new HashMap<>();
        for (String phrase : phrases) {
            values.put(phrase, Boolean.TRUE);
        }
        return new Phrases<>(values);
    }

    /**
     * End index of the longest phrase of folded keys within {@code longest} tokens from {@code i}, or {@code i}:
     * what trying {@link AgencyRecognizer#keyOf} for every length from {@code longest} down gives. As there, a
     * hyphen after the first word is stepped over (and counts as a token) and any other punctuation ends the
     * phrase. With {@code singleWord} false a phrase of one word does not count.
     */
    int longestEnd(Words words, int i, int longest, boolean singleWord) {
        Node<V> node = root;
        int best = i;
        for (int k = i; k < i + longest && words.has(k); k++) {
            Word w = words.get(k);
            if (!w.isWord()) {
                if (k > i && w.text().equals("-")) {
                    if (node.value != null) {
                        best = k + 1; // the hyphen makes it a phrase of two tokens
                    }
                    continue;
                }
                break;
            }
            node = node.children.get(w.key());
            if (node == null) {
                break;
            }
            if (node.value != null && (singleWord || k > i)) {
                best = k + 1;
            }
        }
        return best;
    }

    /** {@link #longestEnd(Words, int, int, boolean)} counting phrases of one word too. */
    int longestEnd(Words words, int i, int longest) {
        return longestEnd(words, i, longest, true);
    }

    /** The value of the phrase of folded keys from {@code from} to {@code to} (as {@link #longestEnd} reads it). */
    V valueOf(Words words, int from, int to) {
        Node<V> node = root;
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (!w.isWord()) {
                if (k > from && w.text().equals("-")) {
                    continue;
                }
                return null;
            }
            node = node.children.get(w.key());
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }

    /**
     * Whether a phrase of words (as {@code wordOf} spells them) starts at {@code i} within {@code longest}
     * tokens. Every token of the phrase must be a word: punctuation ends the walk, a hyphen too.
     */
    boolean anyAt(Words words, int i, int longest, IntFunction<String> wordOf) {
        Node<V> node = root;
        for (int k = i; k < i + longest && words.has(k); k++) {
            if (!words.get(k).isWord()) {
                return false;
            }
            node = node.children.get(wordOf.apply(k));
            if (node == null) {
                return false;
            }
            if (node.value != null) {
                return true;
            }
        }
        return false;
    }
}
