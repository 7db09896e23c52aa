package org.vanban.extract;

import java.util.Locale;
import java.util.Map;

import org.vanban.parse.VietnameseText;

/**
 * Document numbers ("số hiệu") as keys for lookup. The same document is printed "76-CTR/TU", "76-CTr/TU",
 * "108/NQ- CP" or "846 /UBND-TH"; {@link #normalize(String)} gives each one spelling.
 *
 * <p>Canonical form: no whitespace, hyphen-like dashes as '-', Unicode NFC, every letter upper case except
 * the abbreviations that the official list of document-type codes (Nghị định 30/2020/NĐ-CP, Phụ lục III)
 * writes in mixed case: CTr (chương trình), TTr (tờ trình), TTh (bản thỏa thuận), QyĐ (quy định), TTg
 * (Thủ tướng), and the Party's QĐi (quy định). So "76-CTR/TU" and "76-ctr/tu" both give "76-CTr/TU". The form is idempotent.
 */
public final class DocumentNumber {


    private static final Map<String, String> MIXED_CASE_CODES = Map.of(
            "CTR", "CTr", "TTR", "TTr", "TTH", "TTh", "QYĐ", "QyĐ", "TTG", "TTg", "QĐI", "QĐi");

    /**
     * Document type by the type code that opens a symbol ("NQ" in "45-NQ/TW", "NĐ" in "89/2017/NĐ-CP"): the
     * codes of Nghị định 30/2020/NĐ-CP (Phụ lục III), of legal documents, and of the Party's documents.
     */
    private static final Map<String, String> TYPE_BY_CODE = Map.ofEntries(
            Map.entry("NQ", "Nghị quyết"), Map.entry("NQLT", "Nghị quyết liên tịch"),
            Map.entry("NĐ", "Nghị định"), Map.entry("QĐ", "Quyết định"), Map.entry("KL", "Kết luận"),
            Map.entry("TB", "Thông báo"), Map.entry("KH", "Kế hoạch"), Map.entry("CTr", "Chương trình"),
            Map.entry("BC", "Báo cáo"), Map.entry("TT", "Thông tư"), Map.entry("TTLT", "Thông tư liên tịch"),
            Map.entry("CT", "Chỉ thị"), Map.entry("HD", "Hướng dẫn"), Map.entry("QyĐ", "Quy định"),
            Map.entry("QĐi", "Quy định"), Map.entry("TTr", "Tờ trình"), Map.entry("ĐA", "Đề án"),
            Map.entry("CĐ", "Công điện"), Map.entry("PL", "Pháp lệnh"), Map.entry("CV", "Công văn"),
            Map.entry("QC", "Quy chế"), Map.entry("TC", "Thông cáo"), Map.entry("PA", "Phương án"),
            Map.entry("DA", "Dự án"), Map.entry("BB", "Biên bản"), Map.entry("HĐ", "Hợp đồng"),
            Map.entry("GN", "Bản ghi nhớ"), Map.entry("TTh", "Bản thỏa thuận"), Map.entry("GM", "Giấy mời"),
            Map.entry("GUQ", "Giấy ủy quyền"), Map.entry("GGT", "Giấy giới thiệu"));

    /**
     * Issuers that national codes name unambiguously when they close a symbol ("-CP" in "108/NQ-CP",
     * "/VPTW" in "110-TB/VPTW"). Local codes such as TU or UBND name a different body in every province and
     * are deliberately absent.
     */
    private static final Map<String, String> ISSUER_BY_CODE = Map.of(
            "CP", "Chính phủ", "TTg", "Thủ tướng Chính phủ", "VPTW", "Văn phòng Trung ương Đảng",
            "VPCP", "Văn phòng Chính phủ");

    private DocumentNumber() {
    }

    /** The lookup key of a number as written; null for null. Pure and idempotent. */
    public static String normalize(String asWritten) {
        if (asWritten == null) {
            return null;
        }
        // ANY_WHITESPACE removed and DASHES read as '-' in one pass
        String nfc = VietnameseText.nfc(asWritten);
        StringBuilder compacted = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (!ReferencePatterns.isAnyWhitespace(c)) {
                compacted.append(ReferencePatterns.isDash(c) ? '-' : c);
            }
        }
        String compact = compacted.toString().toUpperCase(Locale.ROOT);
        // the codes between separators (the pieces AROUND_SEPARATORS splits into) in their mixed-case spelling
        StringBuilder out = new StringBuilder(compact.length());
        int start = 0;
        for (int i = 0; i <= compact.length(); i++) {
            if (i == compact.length() || isSeparator(compact.charAt(i))) {
                String code = compact.substring(start, i);
                out.append(MIXED_CASE_CODES.getOrDefault(code, code));
                if (i < compact.length()) {
                    out.append(compact.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/';
    }

    /** The key used to compare numbers regardless of case and spaces ("76-ctr/tu" = "76-CTr/TU"). */
    public static String compareKey(String number) {
        return number == null ? null : normalize(number).toUpperCase(Locale.ROOT);
    }

    /**
     * The document type its symbol names ("Nghị quyết" for "45-NQ/TW"). A symbol that opens with an agency
     * instead of a type code ("846/UBND-TH", "1234/BTC-NSNN") is a Công văn, which carries no type code;
     * the National Assembly's codes ("35/2021/QH15") name a law or a resolution and give null.
     */
    static String typeFromSymbol(String normalizedNumber) {
        String[] segments = symbolSegments(normalizedNumber);
        if (segments.length == 0) {
            return null;
        }
        String first = segments[0];
        String type = TYPE_BY_CODE.get(first);
        if (type != null || segments.length < 2 || ReferencePatterns.NATIONAL_ASSEMBLY_CODE.matcher(first).matches()
                || ReferencePatterns.STANDING_COMMITTEE_CODE.matcher(first).matches()) {
            return type;
        }
        return "Công văn";
    }

    /** The issuer a national code closing the symbol names ("Chính phủ" for "108/NQ-CP"), otherwise null. */
    static String issuerFromSymbol(String normalizedNumber) {
        String[] segments = symbolSegments(normalizedNumber);
        if (segments.length == 0) {
            return null;
        }
        String last = segments[segments.length - 1];
        if (ReferencePatterns.STANDING_COMMITTEE_CODE.matcher(last).matches()) {
            return "Ủy ban Thường vụ Quốc hội";
        }
        if (ReferencePatterns.NATIONAL_ASSEMBLY_CODE.matcher(last).matches()) {
            return "Quốc hội";
        }
        return ISSUER_BY_CODE.get(last);
    }

    /** "89/2017/NĐ-CP" gives [NĐ, CP]; "45-NQ/TW" gives [NQ, TW]; a bare number gives []. */
    private static String[] symbolSegments(String normalizedNumber) {
        String[] parts = ReferencePatterns.SEPARATOR.split(normalizedNumber);
        int first = 1;
        if (parts.length > 2 && ReferencePatterns.YEAR_SEGMENT.matcher(parts[1]).matches()) {
            first = 2;
        }
        if (parts.length <= first) {
            return new String[0];
        }
        String[] segments = new String[parts.length - first];
        System.arraycopy(parts, first, segments, 0, segments.length);
        return segments;
    }
}
