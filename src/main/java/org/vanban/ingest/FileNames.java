package org.vanban.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Upload file names made safe to show and store: never trusted as paths, but harmless even if they were. */
public final class FileNames {

    /** The name used when nothing displayable is left. */
    public static final String FALLBACK = "upload";
    /** Most file systems cap a name at 255 bytes; we keep the displayed name within that in UTF-8. */
    public static final int MAX_UTF8_BYTES = 255;
    /** An extension longer than this is not an extension worth keeping when the name must be cut. */
    private static final int MAX_EXTENSION_CHARS = 16;

    private FileNames() {
    }

    /**
     * A safe display name: the last path segment ("../../etc/passwd" → "passwd", "C:\\tmp\\a.docx" →
     * "a.docx"), NFC, without control or format characters, trimmed of spaces and of leading and trailing dots,
     * not a Windows device name ("CON.txt" → "_CON.txt"), at most
     * {@value #MAX_UTF8_BYTES} UTF-8 bytes with the extension kept when it has to be cut; {@value #FALLBACK}
     * when nothing is left.
     */
    public static String sanitize(String fileName) {
        if (fileName == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = removeUnsafeCharacters(name);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        name = stripTrailingDots(stripLeadingDots(name).strip()).strip();
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return avoidReservedDeviceName(truncate(name));
    }

    private static String removeUnsafeCharacters(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
                return;
            }
            int type = Character.getType(cp);
            boolean unsafe = Character.isISOControl(cp) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || cp == ':' || cp == '*' || cp == '?' || cp == '"' || cp == '<' || cp == '>' || cp == '|';
            if (!unsafe) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String stripLeadingDots(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '.') {
            i++;
        }
        return name.substring(i);
    }

    /** Windows drops trailing dots and spaces, so "a.txt. ." would silently become another name there. */
    private static String stripTrailingDots(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(0, end);
    }

    /** "CON", "nul.txt", "COM1.doc" name devices on Windows; a leading underscore makes them plain names. */
    private static String avoidReservedDeviceName(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(java.util.Locale.ROOT);
        boolean reserved = stem.equals("CON") || stem.equals("PRN") || stem.equals("AUX") || stem.equals("NUL")
                || IngestPatterns.WINDOWS_NUMBERED_DEVICE.matcher(stem).matches();
        return reserved ? "_" + name : name;
    }

    private static String truncate(String name) {
        if (utf8Length(name) <= MAX_UTF8_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_CHARS ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int budget = MAX_UTF8_BYTES - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(cp)));
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        String result = (kept.toString().strip() + extension).strip();
        return result.isEmpty() || result.equals(extension) && kept.isEmpty() ? FALLBACK + extension : result;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
