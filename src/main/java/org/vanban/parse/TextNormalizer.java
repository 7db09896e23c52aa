package org.vanban.parse;

import java.util.List;
import java.util.Map;

/** Stage 1: raw extracted text → clean text. Pure. */
public final class TextNormalizer {

    public NormalizedText normalize(String raw) {
        // placeholder: NFC and line endings only; the full cleaning comes with the structure issue
        String text = VietnameseText.nfc(raw == null ? "" : raw).replace("\r\n", "\n").replace('\r', '\n');
        return new NormalizedText(text.strip(), List.of(), Map.of());
    }
}
