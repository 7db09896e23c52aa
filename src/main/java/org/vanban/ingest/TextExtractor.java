package org.vanban.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** File bytes → text. The only class that talks to Tika. */
public final class TextExtractor {

    private static final Set<String> SUPPORTED = Set.of("text/plain", "text/html", "application/xhtml+xml",
            "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword");

    private final Tika tika = new Tika();
    private final AutoDetectParser parser = new AutoDetectParser();

    public ExtractedText extract(byte[] content, String fileName) throws RejectedInputException {
        if (content.length == 0) {
            throw new RejectedInputException(RejectionReason.EMPTY, "The file is empty.");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String mediaType;
        try {
            mediaType = tika.detect(content, fileName);
        } catch (RuntimeException e) {
            throw new RejectedInputException(RejectionReason.UNREADABLE, "The file type could not be detected.", e);
        }
        String base = mediaType.split(";")[0].trim();
        if (!SUPPORTED.contains(base)) {
            throw new RejectedInputException(RejectionReason.UNSUPPORTED_TYPE,
                    "Unsupported file type " + base + "; send .txt, .html, .pdf, .docx or .doc.");
        }
        String text;
        if (base.equals("text/plain")) {
            text = new String(content, StandardCharsets.UTF_8);
        } else {
            BodyContentHandler handler = new BodyContentHandler(-1);
            try {
                parser.parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
            } catch (IOException | SAXException | TikaException e) {
                throw new RejectedInputException(RejectionReason.UNREADABLE, "The file could not be read: "
                        + e.getClass().getSimpleName(), e);
            }
            text = handler.toString();
        }
        if (text.isBlank()) {
            throw new RejectedInputException(RejectionReason.EMPTY, "The file contains no text.");
        }
        return new ExtractedText(text, base, List.of());
    }
}
