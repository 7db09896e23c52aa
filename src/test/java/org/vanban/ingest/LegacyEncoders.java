package org.vanban.ingest;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Test-side encoders that turn Unicode Vietnamese into the legacy encodings, so tests can take real sentences,
 * encode them and assert the round trip. VNI and Windows-1258 are written independently of the main code from
 * the encodings' definitions; TCVN3 is the inverse of the decoding table (its forward direction is checked
 * separately against mojibake seen in real files, e.g. "Uû ban nh©n d©n").
 */
final class LegacyEncoders {

    static final Charset CP1252 = Charset.forName("windows-1252");
    static final Charset CP1258 = Charset.forName("windows-1258");

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT = '\u0323';
    private static final char CIRCUMFLEX = '\u0302';
    private static final char BREVE = '\u0306';
    private static final char HORN = '\u031B';

    private LegacyEncoders() {
    }

    /** TCVN3 bytes; capitals that TCVN3 lacks are written with the lower-case code, as .VnTimeH users did. */
    static byte[] tcvn3(String unicode) {
        Map<Character, Character> inverse = new HashMap<>();
        for (char code = 0xA1; code <= 0xFE; code++) {
            String decoded = LegacyVietnameseEncoding.TCVN3.decode(String.valueOf(code));
            if (decoded.length() == 1 && decoded.charAt(0) != code) {
                inverse.put(decoded.charAt(0), code);
            }
        }
        StringBuilder view = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            Character code = inverse.get(c);
            if (code == null) {
                code = inverse.get(Character.toLowerCase(c));
            }
            view.append(code != null ? code.charValue() : c);
        }
        return view.toString().getBytes(CP1252);
    }

    /** VNI-Windows bytes: base letter, then one byte for circumflex/breve and tone together. */
    static byte[] vni(String unicode) {
        return vniView(unicode).getBytes(CP1252);
    }

    /** The VNI text as Windows-1252 shows it ("Việt" → "Vieät"). */
    static String vniView(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            boolean upper = Character.isUpperCase(base);
            char shape = 0;
            char tone = 0;
            for (int i = 1; i < nfd.length(); i++) {
                char m = nfd.charAt(i);
                if (m == CIRCUMFLEX || m == BREVE || m == HORN) {
                    shape = m;
                } else {
                    tone = m;
                }
            }
            char lower = Character.toLowerCase(base);
            if (c == 'đ' || c == 'Đ') {
                out.append(c == 'đ' ? 'ñ' : 'Ñ');
            } else if (lower == 'i' && tone != 0) {
                out.append(cased(upper, "ìíæóò".charAt("\u0300\u0301\u0309\u0303\u0323".indexOf(tone))));
            } else if (lower == 'y' && tone == DOT) {
                out.append(upper ? 'Î' : 'î');
            } else if (shape == HORN) {
                out.append(cased(upper, lower == 'o' ? 'ô' : 'ö'));
                appendTone(out, upper, tone);
            } else if (shape == CIRCUMFLEX) {
                out.append(base).append(cased(upper, "âáàåãä".charAt(toneIndex(tone))));
            } else if (shape == BREVE) {
                out.append(base).append(cased(upper, "êéèúüë".charAt(toneIndex(tone))));
            } else if (tone != 0) {
                out.append(base);
                appendTone(out, upper, tone);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Windows-1258 bytes: base letters with their shape mark precomposed, tones as combining marks. */
    static byte[] windows1258(String unicode) {
        StringBuilder decomposed = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder().append(nfd.charAt(0));
            String tone = "";
            for (int i = 1; i < nfd.length(); i++) {
                char m = nfd.charAt(i);
                if (m == CIRCUMFLEX || m == BREVE || m == HORN) {
                    base.append(m);
                } else {
                    tone = String.valueOf(m);
                }
            }
            decomposed.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return decomposed.toString().getBytes(CP1258);
    }

    private static void appendTone(StringBuilder out, boolean upper, char tone) {
        if (tone != 0) {
            out.append(cased(upper, "ùøûõï".charAt(toneIndex(tone) - 1)));
        }
    }

    /** 0 none, 1 acute, 2 grave, 3 hook, 4 tilde, 5 dot — the order of the VNI modifier rows. */
    private static int toneIndex(char tone) {
        return switch (tone) {
            case 0 -> 0;
            case ACUTE -> 1;
            case GRAVE -> 2;
            case HOOK -> 3;
            case TILDE -> 4;
            case DOT -> 5;
            default -> throw new IllegalArgumentException("not a tone: " + (int) tone);
        };
    }

    private static char cased(boolean upper, char c) {
        return upper ? Character.toUpperCase(c) : c;
    }
}
