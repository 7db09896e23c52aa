package org.vanban.parse;

import java.util.List;
import java.util.Map;

/**
 * The cleaned copy of a document's text: one paragraph per line, no blank lines. A rebuilt table row is one
 * line of cells separated by {@code " | "} and its header row precedes it in the same form.
 *
 * @param text     clean text: NFC, debris and web chrome removed, broken paragraphs joined
 * @param warnings what the cleaning noticed and a reader should know ("header block printed twice")
 * @param metadata facts removed from the text but worth keeping; keys are the constants below
 */
public record NormalizedText(String text, List<String> warnings, Map<String, String> metadata) {

    /** The news site a page came from ("VietnamPlus"), from its "Nguồn ..." line or a closing byline. */
    public static final String SOURCE = "source";
    /** The address given on the source line. */
    public static final String SOURCE_URL = "sourceUrl";
    /** "true" when web-page chrome (menus, counters, related news, timestamps) was removed: the text came from a page. */
    public static final String WEB_PAGE = "webPage";
    /** A web page's publication stamp as printed ("12/03/2024 08:30"). */
    public static final String PUBLISHED = "published";
    /** A scraped site's metadata table: "Số hiệu | 86/KH-UBND |". */
    public static final String SITE_NUMBER = "site.number";
    /** "Ngày ban hành | 19/03/2020 |" as printed. */
    public static final String SITE_ISSUED_DATE = "site.issuedDate";
    /** "Ngày có hiệu lực | 19/03/2020 |" as printed. */
    public static final String SITE_EFFECTIVE_DATE = "site.effectiveDate";
    /** "Loại văn bản | Kế hoạch |". */
    public static final String SITE_TYPE = "site.type";
    /** "Cơ quan ban hành | Thành phố Hải Phòng |". */
    public static final String SITE_ISSUER = "site.issuer";
    /** "Người ký | Nguyễn Văn Tùng |". */
    public static final String SITE_SIGNER = "site.signer";
    /** "Lĩnh vực | Xây dựng - Đô thị |". */
    public static final String SITE_FIELD = "site.field";
    /** "Trích yếu | ... |". */
    public static final String SITE_TITLE = "site.title";

    public NormalizedText {
        warnings = List.copyOf(warnings);
        metadata = Map.copyOf(metadata);
    }
}
