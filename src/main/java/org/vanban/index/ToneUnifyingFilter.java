package org.vanban.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vanban.parse.VietnameseText;

/**
 * Puts the tone mark of oa/oe/uy syllables where the old spelling puts it, so that "hoà" and "hòa",
 * "thuỷ" and "thủy" index as one term. Both spellings are correct and both are common in official texts.
 */
public final class ToneUnifyingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ToneUnifyingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (hasNonAscii(term)) {
            String unified = VietnameseText.unifyTonePlacement(term.toString());
            term.setEmpty().append(unified);
        }
        return true;
    }

    private static boolean hasNonAscii(CharTermAttribute term) {
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
