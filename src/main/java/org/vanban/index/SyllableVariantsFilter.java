package org.vanban.index;

import java.io.IOException;

import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.vanban.parse.VietnameseText;

import com.ibm.icu.text.Normalizer2;

/**
 * Every variant a search needs of each syllable, from one tokenization, in one field: the exact form (case
 * folded, NFC, Ð read as Đ, tone placement unified: "Hoà" → "hòa"), the folded form stacked on the same
 * position when it differs ("hoa"), and the folded pair with the next syllable stacked on the first one's
 * position ("hoa binh"). Three analyses of the same text (exact, folded, pairs) were most of the cost of
 * indexing; stacking also keeps phrase queries working on either form, and BM25's default of discounting
 * overlapping tokens keeps field lengths those of the text.
 *
 * <p>Offsets stay those of the text (a pair spans both syllables): the highlighter marks them.
 */
public final class SyllableVariantsFilter extends TokenFilter {

    /** Token types, in {@link TypeAttribute}: what the query side picks from. */
    public static final String EXACT = "exact";
    public static final String FOLDED = "folded";
    public static final String PAIR = "pair";
    /** Between the two folded syllables of a pair term: "hoa binh". The query side builds the same terms. */
    static final char PAIR_SEPARATOR = ' ';

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    /** The folded form still to emit on the current position, or null. */
    private String pendingFolded;
    /**
     * A syllable read ahead while its pair with the previous one is emitted first: its normalized term, offsets
     * and position increment, kept in fields (the tokenizer sets nothing else) rather than a captured
     * {@link State}, which cloned every attribute of every syllable.
     */
    private boolean hasReadAhead;
    private char[] readAheadTerm = new char[16];
    private int readAheadLength;
    private int readAheadStart;
    private int readAheadEnd;
    private int readAheadIncrement;
    private String readAheadFolded;
    private String previousFolded;
    private int previousStart;

    public SyllableVariantsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingFolded != null) {
            term.setEmpty().append(pendingFolded);
            position.setPositionIncrement(0);
            type.setType(FOLDED);
            pendingFolded = null;
            return true;
        }
        if (hasReadAhead) {
            hasReadAhead = false;
            clearAttributes();
            term.copyBuffer(readAheadTerm, 0, readAheadLength);
            offset.setOffset(readAheadStart, readAheadEnd);
            position.setPositionIncrement(readAheadIncrement);
            emitSyllable(readAheadFolded);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        normalizeInPlace();
        String folded = FoldingTable.fold(term.buffer(), term.length());
        if (folded != null && folded.contentEquals(term)) {
            folded = null;
        }
        if (previousFolded == null) {
            emitSyllable(folded);
            return true;
        }
        // the pair must come before this syllable: offsets may not go backwards, and it sits on the previous
        // syllable's position
        saveReadAhead(folded);
        String current = folded != null ? folded : term.toString();
        int end = offset.endOffset();
        term.setEmpty().append(previousFolded).append(PAIR_SEPARATOR).append(current);
        position.setPositionIncrement(0);
        offset.setOffset(previousStart, end);
        type.setType(PAIR);
        return true;
    }

    private void saveReadAhead(String folded) {
        hasReadAhead = true;
        readAheadLength = term.length();
        if (readAheadTerm.length < readAheadLength) {
            readAheadTerm = new char[Math.max(readAheadLength, 2 * readAheadTerm.length)];
        }
        System.arraycopy(term.buffer(), 0, readAheadTerm, 0, readAheadLength);
        readAheadStart = offset.startOffset();
        readAheadEnd = offset.endOffset();
        readAheadIncrement = position.getPositionIncrement();
        readAheadFolded = folded;
    }

    private void emitSyllable(String folded) {
        type.setType(EXACT);
        pendingFolded = folded;
        previousFolded = folded != null ? folded : term.toString();
        previousStart = offset.startOffset();
    }

    /** NFC, Ð → Đ, lower case, unified tone placement; plain ASCII tokens only need the lower case. */
    private void normalizeInPlace() {
        char[] buffer = term.buffer();
        int length = term.length();
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c > 0x7F) {
                ascii = false;
                if (c == '\u00D0') {
                    buffer[i] = '\u0110';
                } else if (c == '\u00F0') {
                    buffer[i] = '\u0111';
                }
            }
        }
        if (!ascii && NFC.spanQuickCheckYes(term) < length) {
            String composed = NFC.normalize(term);
            term.setEmpty().append(composed);
            buffer = term.buffer();
            length = term.length();
        }
        CharacterUtils.toLowerCase(buffer, 0, length);
        if (!ascii && VietnameseText.mayNeedToneUnification(buffer, length)) {
            String unified = VietnameseText.unifyTonePlacement(term.toString());
            term.setEmpty().append(unified);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingFolded = null;
        hasReadAhead = false;
        readAheadFolded = null;
        previousFolded = null;
        previousStart = 0;
    }
}
