package org.vanban.ingest;

import java.util.regex.Pattern;

/** Every regular expression of the ingest stage, named, with the strings it is meant for. */
final class IngestPatterns {

    private IngestPatterns() {
    }

    /**
     * A Vietnamese syllable, lower case, with its tone mark removed: optional initial consonant, a vowel
     * nucleus, optional final consonant. Group 3 is the final.
     * <ul>
     *   <li>matches: "nghiêng" (nghị → "nghi" too), "thuyên", "đươc" (được), "quyêt" (quyết), "gi" (gì),
     *       "ương", "hoach" (hoạch), "uy" (uỷ)</li>
     *   <li>does not match: "vieot" (TCVN3 bytes read as VNI), "nh©n" (TCVN3 read as Windows-1252), "cafe",
     *       "preço"</li>
     * </ul>
     */
    static final Pattern TONELESS_SYLLABLE = Pattern.compile(
            "(ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                    + "(iêu|yêu|uyê|uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê"
                    + "|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
                    + "(ch|ng|nh|[cmnpt])?");

    /**
     * The numbered Windows device names, upper-cased, as a whole file stem: "COM1", "LPT9"; not "COM10",
     * "COMPUTER", "LPT".
     */
    static final Pattern WINDOWS_NUMBERED_DEVICE = Pattern.compile("(COM|LPT)[1-9]");
}
