package org.vanban.parse;

import java.util.List;
import java.util.Map;

/**
 * The cleaned copy of a document's text.
 *
 * @param text     clean text: NFC, debris and web chrome removed, broken paragraphs joined
 * @param warnings what the cleaning noticed and a reader should know ("header block printed twice")
 * @param metadata facts removed from the text but worth keeping ("source" → "VietnamPlus")
 */
public record NormalizedText(String text, List<String> warnings, Map<String, String> metadata) {

    public NormalizedText {
        warnings = List.copyOf(warnings);
        metadata = Map.copyOf(metadata);
    }
}
