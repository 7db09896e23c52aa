package org.vanban.ingest;

import java.util.List;

/**
 * Text pulled out of a file.
 *
 * @param text      the text, Unicode
 * @param mediaType the detected media type ("text/plain", "application/pdf")
 * @param warnings  what the extraction had to do that a reader should know (legacy encoding converted)
 */
public record ExtractedText(String text, String mediaType, List<String> warnings) {

    public ExtractedText {
        warnings = List.copyOf(warnings);
    }
}
