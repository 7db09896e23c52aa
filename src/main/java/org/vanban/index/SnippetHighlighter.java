package org.vanban.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Snippets of the stored text with the matched syllables in {@code <mark>…</mark>}: the text is analysed as
 * it was indexed and every token that is one of the query's terms (exact, folded or pair; prefix and fuzzy
 * terms by their automaton) is marked; adjacent marks merge. A long text is cut to the window of
 * {@link #WINDOW} characters with the most marked text. The text is HTML-escaped around the marks.
 *
 * <p>Lucene's UnifiedHighlighter scored passages by sentence and was a quarter of a search's time; the texts
 * are clauses, short enough for a window to do.
 */
final class SnippetHighlighter {

    static final String PRE_TAG = "<mark>";
    static final String POST_TAG = "</mark>";
    static final String ELLIPSIS = "…";
    /** Characters of text shown around the marks at most. */
    static final int WINDOW = 320;
    /** Characters of context shown before the first mark of a cut window. */
    static final int LEAD = WINDOW / 4;

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer perFieldAnalyzer) {
        this.analyzer = perFieldAnalyzer;
    }

    /** {@code text} with the tokens {@code terms} match marked, cut to a window around them when long. */
    String snippet(String text, QueryTerms terms) {
        List<int[]> marks = marks(text, terms);
        int[] window = window(text, marks);
        StringBuilder out = new StringBuilder(window[1] - window[0] + 64);
        if (window[0] > 0) {
            out.append(ELLIPSIS).append(' ');
        }
        int at = window[0];
        for (int[] mark : marks) {
            if (mark[0] < window[0] || mark[1] > window[1]) {
                continue;
            }
            escape(text, at, mark[0], out);
            out.append(PRE_TAG);
            escape(text, mark[0], mark[1], out);
            out.append(POST_TAG);
            at = mark[1];
        }
        escape(text, at, window[1], out);
        if (window[1] < text.length()) {
            out.append(' ').append(ELLIPSIS);
        }
        return out.toString();
    }

    /** Offsets of the matched tokens, merged where they overlap or only whitespace separates them. */
    private List<int[]> marks(String text, QueryTerms terms) {
        List<int[]> marks = new ArrayList<>();
        if (terms.isEmpty()) {
            return marks;
        }
        try (TokenStream stream = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!terms.matches(term)) {
                    continue;
                }
                int start = offset.startOffset();
                int end = offset.endOffset();
                int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                if (last != null && start <= last[1]) {
                    last[1] = Math.max(last[1], end);
                } else if (last != null && text.substring(last[1], start).isBlank()) {
                    last[1] = end;
                } else {
                    marks.add(new int[] {start, end});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return marks;
    }

    /**
     * [start, end) of the text to show: all of it when short, else the window with the most marked text (a phrase
     * outweighs a stray syllable), with {@link #LEAD} characters of context before its first mark. The marks are
     * counted in the part of the window after that context, so that every mark counted is shown.
     */
    private static int[] window(String text, List<int[]> marks) {
        if (text.length() <= WINDOW) {
            return new int[] {0, text.length()};
        }
        int bestStart = 0;
        int bestMarked = 0;
        for (int first = 0; first < marks.size(); first++) {
            int start = marks.get(first)[0];
            int marked = 0;
            for (int j = first; j < marks.size() && marks.get(j)[1] <= start + WINDOW - LEAD; j++) {
                marked += marks.get(j)[1] - marks.get(j)[0];
            }
            if (marked > bestMarked) {
                bestMarked = marked;
                bestStart = start;
            }
        }
        int start = bestMarked == 0 ? 0 : Math.max(0, bestStart - LEAD);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), Math.max(start + WINDOW, bestStart + WINDOW - LEAD));
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
    }

    /** The terms of the text fields a query looks for, except under MUST_NOT and FILTER. */
    static final class QueryTerms {

        private final Set<String> terms = new HashSet<>();
        private final List<ByteRunAutomaton> automata = new ArrayList<>();
        /** {@link #terms}, looked up by a token's chars. */
        private CharArraySet lookup;
        /** A token's UTF-8 bytes for the automata; a QueryTerms serves one search, on one thread. */
        private final BytesRefBuilder bytes = new BytesRefBuilder();

        static QueryTerms of(Query query) {
            QueryTerms collected = new QueryTerms();
            query.visit(collected.visitor());
            collected.lookup = new CharArraySet(collected.terms, false);
            return collected;
        }

        private QueryVisitor visitor() {
            return new QueryVisitor() {
                @Override
                public boolean acceptField(String field) {
                    return IndexFields.BODY.equals(field) || IndexFields.FACT_BODY.equals(field);
                }

                @Override
                public void consumeTerms(Query query, Term... queryTerms) {
                    for (Term term : queryTerms) {
                        terms.add(term.text());
                    }
                }

                @Override
                public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                    automata.add(automaton.get());
                }

                /**
                 * Excluded words are not marked, nor the syllables of a phrase's spelling check (a FILTER beside its
                 * pairs): the pairs mark the phrase, the syllables alone would mark every "chính" of the text.
                 */
                @Override
                public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                    return occur == Occur.MUST_NOT || occur == Occur.FILTER ? QueryVisitor.EMPTY_VISITOR : this;
                }
            };
        }

        boolean isEmpty() {
            return terms.isEmpty() && automata.isEmpty();
        }

        /** Read without a String per token: a fifth of what a search allocated was the highlighter's token strings. */
        boolean matches(CharTermAttribute term) {
            if (lookup.contains(term.buffer(), 0, term.length())) {
                return true;
            }
            if (automata.isEmpty()) {
                return false;
            }
            bytes.copyChars(term.buffer(), 0, term.length());
            for (ByteRunAutomaton automaton : automata) {
                if (automaton.run(bytes.bytes(), 0, bytes.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
