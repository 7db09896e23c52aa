package org.vanban.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip container (a .docx) once, counting, before any parser sees it, and stops as soon as an entry
 * expands beyond the allowed ratio or the whole beyond the allowed size.
 *
 * <p>Tika's SecureContentHandler only sees the characters a parser emits, and the .docx parser builds the whole
 * document.xml in memory first: a 200 KB file holding one 200 MB run of text costs seconds and gigabytes before
 * the handler can object. Counting the inflated bytes here costs one pass of inflation and no memory.
 */
final class ZipExpansionGuard {

    /** Inflated bytes an entry may reach before its ratio is judged; small entries compress wildly and harmlessly. */
    private static final long RATIO_GRACE_BYTES = 1 << 20;

    private final long maxCompressionRatio;
    private final long maxUnpackedBytes;

    ZipExpansionGuard(long maxCompressionRatio, long maxUnpackedBytes) {
        this.maxCompressionRatio = maxCompressionRatio;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /** Returns normally when the container is safe to parse; corrupt zips are left for the parser to report. */
    void check(byte[] zip) throws RejectedInputException {
        ByteArrayInputStream raw = new ByteArrayInputStream(zip);
        byte[] buffer = new byte[64 * 1024];
        long totalInflated = 0;
        try (ZipInputStream entries = new ZipInputStream(raw)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                int compressedStart = zip.length - raw.available();
                long inflated = 0;
                for (int read = entries.read(buffer); read > 0; read = entries.read(buffer)) {
                    inflated += read;
                    totalInflated += read;
                    long compressed = Math.max(1, zip.length - raw.available() - compressedStart);
                    if (inflated > RATIO_GRACE_BYTES && inflated / compressed > maxCompressionRatio) {
                        throw tooLarge("part " + entry.getName() + " inflates more than " + maxCompressionRatio
                                + " times");
                    }
                    if (totalInflated > maxUnpackedBytes) {
                        throw tooLarge("it unpacks to more than " + maxUnpackedBytes / (1 << 20) + " MB");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable zip: the parser will say so with a better message
        }
    }

    private static RejectedInputException tooLarge(String why) {
        return new RejectedInputException(RejectionReason.TOO_LARGE, "The file expands far beyond its size when "
                + "unpacked (" + why + "), the mark of a compression bomb. Re-save the document normally, or "
                + "split it, and upload again.");
    }
}
