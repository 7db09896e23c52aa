package org.vanban.agency;

import java.util.HashMap;
import java.util.Map;

/**
 * Register names and aliases as a trie of folded word keys, so that the longest register name starting at a
 * word is found in one walk, whatever the number of agencies. Punctuation inside names is not part of the key:
 * "Sở Lao động, Thương binh và Xã hội" and "Sở Lao động - Thương binh và Xã hội" walk the same path.
 */
final class NameTrie {

    static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private Agency agency;

        Node child(String key) {
            return children.get(key);
        }

        Agency agency() {
            return agency;
        }
    }

    /** A walk's result: the agency and the index just past the last word of its name. */
    record Match(Agency agency, int end) {
    }

    private final Node root = new Node();

    void add(String name, Agency agency) {
        Node node = root;
        for (Word w : WordTokenizer.tokenize(name)) {
            if (!w.isWord()) {
                continue;
            }
            node = node.children.computeIfAbsent(w.key(), k -> new Node());
        }
        if (node != root && node.agency == null) {
            node.agency = agency;
        }
    }

    Node root() {
        return root;
    }

    Node walk(Node from, String... keys) {
        Node node = from;
        for (String key : keys) {
            node = node == null ? null : node.child(key);
        }
        return node;
    }

    /**
     * The longest name that starts at {@code start}, continuing from {@code node} (the root, or the node of a
     * shared head noun such as "so" when reading "các Sở: Tài chính, Xây dựng"). Commas, hyphens and dashes
     * between words are stepped over; any other punctuation ends the walk.
     */
    Match longest(Words words, int start, Node node) {
        Match best = null;
        int i = start;
        while (node != null && words.has(i)) {
            Word w = words.get(i);
            if (!w.isWord()) {
                if (isNameInnerPunctuation(w.text()) && i > start) {
                    i++;
                    continue;
                }
                break;
            }
            node = node.child(w.key());
            i++;
            if (node != null && node.agency != null) {
                best = new Match(node.agency, i);
            }
        }
        return best;
    }

    static boolean isNameInnerPunctuation(String p) {
        return p.equals(",") || p.equals("-") || p.equals("–") || p.equals("—");
    }
}
