package org.vanban.ingest;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Map;

/**
 * The pre-Unicode Vietnamese encodings still found in government files, and their conversion to Unicode.
 *
 * <p>Every method works on the <em>Latin-1 view</em> of the text: each legacy byte {@code b} seen as the
 * character Windows-1252 gives it (byte 0xB8 as "¸", 0xD6 as "Ö"). That is both what a single-byte file decodes
 * to and what Tika hands back for a .doc/.docx typed in a legacy font (Word stores the font's codes as those
 * characters), so one conversion serves plain text and office files alike.
 *
 * <ul>
 *   <li>{@link #TCVN3}: TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts. One byte per letter;
 *       the code set has only lower-case toned letters (plus Ă Â Ê Ô Ơ Ư Đ): upper case was drawn by the
 *       .VnTimeH fonts with the same codes, so "ỦY BAN" typed in .VnTimeH arrives as "ñY BAN". Words whose
 *       other letters are all upper case are upper-cased after conversion ("NGHÞ QUYÕT" → "NGHỊ QUYẾT");
 *       a toned capital standing alone or next to lower case stays lower case ("Uû" → "Uỷ" is fine, but
 *       "ñy ban" → "ủy ban").</li>
 *   <li>{@link #VNI}: VNI-Windows, the VNI-Times fonts. A base letter followed by one modifier byte carrying
 *       the circumflex/breve and the tone ("Vieät" = "Việt", "Nghò quyeát" = "Nghị quyết").</li>
 *   <li>{@link #WINDOWS_1258}: Microsoft's Vietnamese code page; tones are combining marks, so the result is
 *       normalized to NFC.</li>
 * </ul>
 */
public enum LegacyVietnameseEncoding {

    TCVN3("TCVN3 (ABC)") {
        @Override
        String decodeView(CharSequence latin1View) {
            StringBuilder out = new StringBuilder(latin1View.length());
            for (int i = 0; i < latin1View.length(); i++) {
                char c = latin1View.charAt(i);
                char mapped = c < 0x100 ? TCVN3_TO_UNICODE[c] : 0;
                out.append(mapped != 0 ? mapped : c);
            }
            String composed = Normalizer.normalize(out, Normalizer.Form.NFC);
            return restoreCapitals(composed);
        }
    },

    VNI("VNI (VNI-Windows)") {
        @Override
        String decodeView(CharSequence latin1View) {
            StringBuilder out = new StringBuilder(latin1View.length());
            int n = latin1View.length();
            for (int i = 0; i < n; i++) {
                char c = latin1View.charAt(i);
                char base = vniBase(c);
                if (base == 0) {
                    out.append(c);
                    continue;
                }
                String modifier = i + 1 < n ? vniModifier(latin1View.charAt(i + 1)) : null;
                if (modifier != null && accepts(base, modifier)) {
                    out.append(base).append(modifier);
                    i++;
                } else {
                    out.append(base);
                }
            }
            return Normalizer.normalize(out, Normalizer.Form.NFC);
        }
    },

    WINDOWS_1258("Windows-1258") {
        @Override
        String decodeView(CharSequence latin1View) {
            byte[] bytes = latin1ViewToBytes(latin1View);
            if (bytes == null) {
                return latin1View.toString();
            }
            return Normalizer.normalize(new String(bytes, CP1258), Normalizer.Form.NFC);
        }
    };

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset CP1258 = Charset.forName("windows-1258");

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT_BELOW = '\u0323';
    private static final char CIRCUMFLEX = '\u0302';
    private static final char BREVE = '\u0306';

    /** TCVN3 code (as Latin-1 view character) → Unicode; 0 where the code is not a TCVN3 letter. */
    private static final char[] TCVN3_TO_UNICODE = new char[0x100];

    static {
        String table = ""
                // upper-case letters with a shape mark, then their lower-case forms
                + "\u00A1Ă \u00A2Â \u00A3Ê \u00A4Ô \u00A5Ơ \u00A6Ư \u00A7Đ "
                + "\u00A8ă \u00A9â \u00AAê \u00ABô \u00ACơ \u00ADư \u00AEđ "
                // bare tone marks, used after a vowel by some keyboards
                + "\u00B0\u0300 \u00B1\u0309 \u00B2\u0303 \u00B3\u0301 \u00B4\u0323 "
                // a: grave hook tilde acute dot; ă; â
                + "\u00B5à \u00B6ả \u00B7ã \u00B8á \u00B9ạ "
                + "\u00BBằ \u00BCẳ \u00BDẵ \u00BEắ \u00C6ặ "
                + "\u00C7ầ \u00C8ẩ \u00C9ẫ \u00CAấ \u00CBậ "
                // e; ê
                + "\u00CCè \u00CEẻ \u00CFẽ \u00D0é \u00D1ẹ "
                + "\u00D2ề \u00D3ể \u00D4ễ \u00D5ế \u00D6ệ "
                // i
                + "\u00D7ì \u00D8ỉ \u00DCĩ \u00DDí \u00DEị "
                // o; ô; ơ
                + "\u00DFò \u00E1ỏ \u00E2õ \u00E3ó \u00E4ọ "
                + "\u00E5ồ \u00E6ổ \u00E7ỗ \u00E8ố \u00E9ộ "
                + "\u00EAờ \u00EBở \u00ECỡ \u00EDớ \u00EEợ "
                // u; ư
                + "\u00EFù \u00F1ủ \u00F2ũ \u00F3ú \u00F4ụ "
                + "\u00F5ừ \u00F6ử \u00F7ữ \u00F8ứ \u00F9ự "
                // y
                + "\u00FAỳ \u00FBỷ \u00FCỹ \u00FDý \u00FEỵ";
        for (String pair : table.split(" ")) {
            TCVN3_TO_UNICODE[pair.charAt(0)] = pair.charAt(1);
        }
    }

    /** VNI modifier byte (Latin-1 view, either case) → the combining marks it adds to the letter before it. */
    private static final String[] VNI_MODIFIERS = new String[0x100];

    static {
        String[][] rows = {
                // lower, upper, marks
                {"ù", "Ù", "" + ACUTE}, {"ø", "Ø", "" + GRAVE}, {"û", "Û", "" + HOOK}, {"õ", "Õ", "" + TILDE},
                {"ï", "Ï", "" + DOT_BELOW},
                {"â", "Â", "" + CIRCUMFLEX}, {"á", "Á", "" + CIRCUMFLEX + ACUTE}, {"à", "À", "" + CIRCUMFLEX + GRAVE},
                {"å", "Å", "" + CIRCUMFLEX + HOOK}, {"ã", "Ã", "" + CIRCUMFLEX + TILDE},
                {"ä", "Ä", "" + CIRCUMFLEX + DOT_BELOW},
                {"ê", "Ê", "" + BREVE}, {"é", "É", "" + BREVE + ACUTE}, {"è", "È", "" + BREVE + GRAVE},
                {"ú", "Ú", "" + BREVE + HOOK}, {"ü", "Ü", "" + BREVE + TILDE}, {"ë", "Ë", "" + BREVE + DOT_BELOW},
        };
        for (String[] row : rows) {
            VNI_MODIFIERS[row[0].charAt(0)] = row[2];
            VNI_MODIFIERS[row[1].charAt(0)] = row[2];
        }
    }

    /** VNI characters that stand for a whole letter on their own. */
    private static final char[] VNI_SINGLE_LETTERS = new char[0x100];

    static {
        Map.ofEntries(
            Map.entry('ô', 'ơ'), Map.entry('Ô', 'Ơ'), Map.entry('ö', 'ư'), Map.entry('Ö', 'Ư'),
            Map.entry('ñ', 'đ'), Map.entry('Ñ', 'Đ'),
            Map.entry('ì', 'ì'), Map.entry('Ì', 'Ì'), Map.entry('í', 'í'), Map.entry('Í', 'Í'),
            Map.entry('æ', 'ỉ'), Map.entry('Æ', 'Ỉ'), Map.entry('ó', 'ĩ'), Map.entry('Ó', 'Ĩ'),
            Map.entry('ò', 'ị'), Map.entry('Ò', 'Ị'), Map.entry('î', 'ỵ'), Map.entry('Î', 'Ỵ'))
                .forEach((code, letter) -> VNI_SINGLE_LETTERS[code] = letter);
    }

    private final String label;

    LegacyVietnameseEncoding(String label) {
        this.label = label;
    }

    /** Human name for warnings: "TCVN3 (ABC)". */
    public String label() {
        return label;
    }

    /**
     * Converts the Latin-1 view of legacy-encoded text to Unicode (NFC). Characters outside the code stay.
     * Codes that Word exported through a symbol-font mapping (U+F020–U+F0FF, private use) are read as the byte
     * they stand for.
     */
    public String decode(CharSequence latin1View) {
        return decodeView(foldSymbolFontCodes(latin1View));
    }

    abstract String decodeView(CharSequence latin1View);

    /** True for U+F020–U+F0FF, the private-use echo of a byte that symbol fonts leave in extracted text. */
    static boolean isSymbolFontCode(char c) {
        return c >= 0xF020 && c <= 0xF0FF;
    }

    private static CharSequence foldSymbolFontCodes(CharSequence text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSymbolFontCode(c)) {
                if (folded == null) {
                    folded = new StringBuilder(text);
                }
                folded.setCharAt(i, (char) (c - 0xF000));
            }
        }
        return folded == null ? text : folded;
    }

    /** Decodes raw bytes of a file in this encoding. */
    public String decode(byte[] bytes) {
        return decode(latin1View(bytes));
    }

    /**
     * Bytes as Windows-1252 shows them, with the five code points 1252 leaves undefined kept as the C1
     * control of the same value, so every byte maps to exactly one character and back.
     */
    public static String latin1View(byte[] bytes) {
        String decoded = new String(bytes, CP1252);
        if (decoded.indexOf('\uFFFD') < 0) {
            return decoded;
        }
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int v = b & 0xFF;
            String one = new String(new byte[] {b}, CP1252);
            out.append(one.charAt(0) == '\uFFFD' ? (char) v : one.charAt(0));
        }
        return out.toString();
    }

    /** The bytes behind a Latin-1 view, or null when the text holds characters no single byte can stand for. */
    static byte[] latin1ViewToBytes(CharSequence view) {
        byte[] out = new byte[view.length()];
        for (int i = 0; i < view.length(); i++) {
            char c = view.charAt(i);
            if (c <= 0xFF) {
                out[i] = (byte) c;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(CP1252);
                if (encoded.length != 1 || encoded[0] == '?') {
                    return null;
                }
                out[i] = encoded[0];
            }
        }
        return out;
    }

    private static String vniModifier(char c) {
        return c < 0x100 ? VNI_MODIFIERS[c] : null;
    }

    private static char vniBase(char c) {
        if (c < 0x100 && VNI_SINGLE_LETTERS[c] != 0) {
            return VNI_SINGLE_LETTERS[c];
        }
        return switch (c) {
            case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y' -> c;
            default -> 0;
        };
    }

    private static boolean accepts(char base, String marks) {
        char lower = Character.toLowerCase(base);
        char shape = marks.charAt(0);
        if (shape == CIRCUMFLEX) {
            return lower == 'a' || lower == 'e' || lower == 'o';
        }
        if (shape == BREVE) {
            return lower == 'a';
        }
        // a bare tone: any vowel that has no single-byte toned form already
        return lower == 'a' || lower == 'e' || lower == 'o' || lower == 'u' || lower == 'y'
                || lower == 'ơ' || lower == 'ư';
    }

    /**
     * .VnTimeH capitals come back lower case; where the word's plain letters are all capitals (at least two,
     * or one after a converted letter), the converted letters are capitals too ("NGHị" → "NGHỊ", "ủY" →
     * "ỦY"). "Uỷ" keeps its case: one capital at the start is just a capitalized word.
     */
    private static String restoreCapitals(String converted) {
        StringBuilder out = null;
        int n = converted.length();
        int start = 0;
        while (start < n) {
            while (start < n && !Character.isLetter(converted.charAt(start))) {
                start++;
            }
            int end = start;
            int upperAscii = 0;
            int lowerAscii = 0;
            int converts = 0;
            boolean convertedBeforeCapital = false;
            while (end < n && Character.isLetter(converted.charAt(end))) {
                char c = converted.charAt(end);
                if (c >= 'A' && c <= 'Z') {
                    upperAscii++;
                    convertedBeforeCapital |= converts > 0;
                } else if (c >= 'a' && c <= 'z') {
                    lowerAscii++;
                } else if (Character.isLowerCase(c)) {
                    converts++;
                }
                end++;
            }
            if (converts > 0 && lowerAscii == 0 && (upperAscii >= 2 || convertedBeforeCapital)) {
                if (out == null) {
                    out = new StringBuilder(converted);
                }
                out.replace(start, end, converted.substring(start, end).toUpperCase(java.util.Locale.ROOT));
            }
            start = end;
        }
        return out == null ? converted : out.toString();
    }
}
