package org.vanban.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analyzer of the text fields: UAX #29 word segmentation (Vietnamese writes one syllable per word; numbers
 * such as "14.740" and "6,4" stay whole), then {@link SyllableVariantsFilter}, which emits each syllable's exact
 * and folded forms and the folded pairs in one pass. No stop words: agency names are made of "và", "các",
 * "của". The query side reads the same analysis through {@link #syllables}.
 */
public final class VietnameseAnalyzers {

    /** Longer "words" are split, never dropped: a URL or a run of digits stays findable by its parts. */
    static final int MAX_TOKEN_LENGTH = 255;

    private VietnameseAnalyzers() {
    }

    /** One syllable as the query side sees it: its exact form and its folded form (equal when unaccented). */
    public record Syllable(String exact, String folded) {

        public boolean hasDiacritics() {
            return !exact.equals(folded);
        }
    }

    /** Exact syllables, stacked folded forms and folded pairs: "Hoà bình" → hòa, hoa, hoa binh, bình, binh. */
    public static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
                return new TokenStreamComponents(tokenizer, new SyllableVariantsFilter(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** The analyzer of every field: the text fields as {@link #text()}, any other field as one keyword. */
    public static Analyzer perField() {
        Analyzer text = text();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                IndexFields.BODY, text,
                IndexFields.FACT_BODY, text));
    }

    private static final Analyzer QUERY_TEXT = text();

    /** The syllables of {@code text} as the index has them, in order. */
    public static List<Syllable> syllables(String text) {
        List<Syllable> syllables = new ArrayList<>();
        analyze(text, (type, term) -> {
            if (SyllableVariantsFilter.EXACT.equals(type)) {
                syllables.add(new Syllable(term, term));
            } else if (SyllableVariantsFilter.FOLDED.equals(type)) {
                Syllable last = syllables.remove(syllables.size() - 1);
                syllables.add(new Syllable(last.exact(), term));
            }
        });
        return syllables;
    }

    /** Every term the index holds for {@code text}, as type:term ("exact:hòa"), in emission order. For tests. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        analyze(text, (type, term) -> tokens.add(type + ":" + term));
        return tokens;
    }

    private static void analyze(String text, BiConsumer<String, String> token) {
        try (TokenStream stream = QUERY_TEXT.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                token.accept(type.type(), term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
    }
}
