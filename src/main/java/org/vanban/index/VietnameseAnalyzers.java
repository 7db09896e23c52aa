package org.vanban.index;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;

import com.ibm.icu.text.Normalizer2;

/**
 * The analyzers of the text fields. All share the same front: Ð (Icelandic eth, a frequent look-alike in
 * scraped texts) read as Đ, then NFC, then ICU segmentation into syllables. No stop words: agency names are
 * made of "và", "các", "của".
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    private static final NormalizeCharMap LOOK_ALIKES;

    static {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("\u00D0", "\u0110");
        builder.add("\u00F0", "\u0111");
        LOOK_ALIKES = builder.build();
    }

    /** Case-folded syllables with their diacritics, tone placement unified: "Hoà" gives "hòa". */
    public static Analyzer exact() {
        return new VietnameseAnalyzer(Variant.EXACT);
    }

    /** Syllables folded to bare letters: "Đồ Sơn" gives "do", "son". */
    public static Analyzer folded() {
        return new VietnameseAnalyzer(Variant.FOLDED);
    }

    /** Folded two-syllable shingles only: "giao thông vận tải" gives "giao thong", "thong van", "van tai". */
    public static Analyzer shingles() {
        return new VietnameseAnalyzer(Variant.SHINGLES);
    }

    /** The analyzer of every field: the text fields by their variant, any other field as one keyword. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                IndexFields.TEXT_EXACT, exact(),
                IndexFields.TEXT_FOLDED, folded(),
                IndexFields.TEXT_SHINGLES, shingles()));
    }

    private enum Variant { EXACT, FOLDED, SHINGLES }

    private static final class VietnameseAnalyzer extends Analyzer {

        private final Variant variant;

        VietnameseAnalyzer(Variant variant) {
            this.variant = variant;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return composed(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return composed(reader);
        }

        private static Reader composed(Reader reader) {
            return new ICUNormalizer2CharFilter(new MappingCharFilter(LOOK_ALIKES, reader),
                    Normalizer2.getNFCInstance());
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream stream = switch (variant) {
                case EXACT -> new ToneUnifyingFilter(new LowerCaseFilter(tokenizer));
                case FOLDED -> new ICUFoldingFilter(tokenizer);
                case SHINGLES -> {
                    ShingleFilter shingles = new ShingleFilter(new ICUFoldingFilter(tokenizer), 2, 2);
                    shingles.setOutputUnigrams(false);
                    yield shingles;
                }
            };
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return switch (variant) {
                case EXACT -> new ToneUnifyingFilter(new LowerCaseFilter(in));
                case FOLDED, SHINGLES -> new ICUFoldingFilter(in);
            };
        }
    }
}
