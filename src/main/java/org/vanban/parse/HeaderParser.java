package org.vanban.parse;

import org.vanban.domain.DocumentHeader;

/** Stage 2a: clean text → header metadata. Pure. */
public final class HeaderParser {

    public DocumentHeader parse(NormalizedText text) {
        String firstLine = text.text().lines().filter(l -> !l.isBlank()).findFirst().orElse(null);
        return new DocumentHeader(null, null, null, null, null, null, firstLine, null, null, null);
    }
}
