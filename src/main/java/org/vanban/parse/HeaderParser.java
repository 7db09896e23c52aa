package org.vanban.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.vanban.domain.DocumentHeader;

/**
 * Stage 2a: clean text → header metadata. Pure.
 *
 * <p>Reads, in order of trust: a scraped site's metadata table (kept by {@link TextNormalizer} in
 * {@link NormalizedText#metadata()}), the printed header (issuer lines, "Số: ...", the place-and-date line, the
 * type line in capitals and the title lines under it), the signature block after "Nơi nhận:" and, for a text
 * without a printed issuer, the subject of its first sentence ("Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần
 * thứ I, ..."). A page with a news site's source and no type line is a news article ("Bài báo"); the document it
 * reports on ({@code about}) is the first document number of its body.
 *
 * <p>An issuer printed in capitals is written in sentence case with the usual capitals of Vietnamese body names
 * ("BAN THƯỜNG VỤ THÀNH ỦY" → "Ban Thường vụ Thành ủy"). An issuer that leaves its locality implicit ("ỦY BAN
 * NHÂN DÂN", "... THÀNH ỦY", "... ĐẢNG BỘ THÀNH PHỐ KHÓA XVI") is completed with the locality named by the site
 * metadata or, failing that, the "thành phố X" / "tỉnh X" the text names most often.
 */
public final class HeaderParser {

    private static final int HEADER_SCAN_LINES = 40;
    private static final int SIGNATURE_SCAN_LINES = 30;
    private static final int BODY_SCAN_LINES = 6;
    private static final int MAX_SHORT_HEADER_LINE = 60;
    private static final String NEWS_ARTICLE = "Bài báo";

    /** Body names whose usual capitals differ from plain sentence case, as folded key → written form. */
    private static final List<String[]> BODY_CAPITALS = List.of(
            new String[] {"ban thuong vu", "Ban Thường vụ"},
            new String[] {"ban chap hanh", "Ban Chấp hành"},
            new String[] {"ban bi thu", "Ban Bí thư"},
            new String[] {"bo chinh tri", "Bộ Chính trị"},
            new String[] {"thanh uy", "Thành ủy"},
            new String[] {"tinh uy", "Tỉnh ủy"},
            new String[] {"huyen uy", "Huyện ủy"},
            new String[] {"quan uy", "Quận ủy"},
            new String[] {"dang bo", "Đảng bộ"},
            new String[] {"dang uy", "Đảng ủy"},
            new String[] {"chinh phu", "Chính phủ"},
            new String[] {"quoc hoi", "Quốc hội"},
            new String[] {"mat tran to quoc viet nam", "Mặt trận Tổ quốc Việt Nam"},
            new String[] {"viet nam", "Việt Nam"},
            new String[] {"trung uong", "Trung ương"},
            new String[] {"dai hoi", "Đại hội"});


    public DocumentHeader parse(NormalizedText normalized) {
        String[] lines = normalized.text().isEmpty() ? new String[0] : normalized.text().split("\n");
        Map<String, String> site = normalized.metadata();
        int bodyStart = frontMatterEnd(lines);

        String number = site.get(NormalizedText.SITE_NUMBER);
        String place = null;
        LocalDate issued = null;
        int typeLine = -1;
        String type = null;
        for (int i = 0; i < Math.min(bodyStart, HEADER_SCAN_LINES); i++) {
            String line = lines[i];
            if (number == null) {
                Matcher m = Patterns.OWN_NUMBER.matcher(line);
                if (m.lookingAt()) {
                    number = m.group("num").replace(" ", "");
                }
            }
            if (issued == null) {
                Matcher m = Patterns.SPELLED_DATE.matcher(line);
                if (m.find()) {
                    issued = date(m.group("d"), m.group("m"), m.group("y"));
                    place = placeBefore(line, m.start());
                }
            }
            if (typeLine < 0 && isTypeLine(line)) {
                Matcher m = Patterns.TYPE_LINE.matcher(line);
                if (m.lookingAt()) {
                    typeLine = i;
                    type = sentenceCase(m.group("type"));
                }
            }
        }
        if (issued == null && site.containsKey(NormalizedText.SITE_ISSUED_DATE)) {
            issued = numericDate(site.get(NormalizedText.SITE_ISSUED_DATE));
        }
        String source = site.get(NormalizedText.SOURCE);
        if (type == null) {
            type = siteType(site);
        }
        if (type == null) {
            type = typeFromNumber(number);
        }
        if (type == null && isLetter(lines, bodyStart)) {
            type = "Công văn";
        }
        if (type == null && number == null && (source != null || site.containsKey(NormalizedText.WEB_PAGE))) {
            type = NEWS_ARTICLE;
        }
        boolean article = NEWS_ARTICLE.equals(type);

        String title = title(lines, bodyStart, typeLine, site);
        String issuer = article ? null : issuer(lines, bodyStart, typeLine, site, normalized.text(), place);
        String signer = site.get(NormalizedText.SITE_SIGNER);
        if (signer == null) {
            signer = signer(lines);
        }
        LocalDate meeting = issued == null ? meetingDate(lines, bodyStart) : null;
        String about = article ? firstNumber(lines, bodyStart) : null;
        return new DocumentHeader(number, type, issuer, place, issued, meeting, title, signer, about, source);
    }

    // ------------------------------------------------------------------ front matter and type

    private static int frontMatterEnd(String[] lines) {
        return StructureParser.frontMatterEnd(java.util.Arrays.asList(lines));
    }

    /**
     * A type line is printed in capitals ("KẾ HOẠCH", "THÔNG BÁO NHANH KẾT QUẢ ...") or, when a word processor's
     * capitals formatting was lost in extraction, is the type name alone ("Quyết định").
     */
    private static boolean isTypeLine(String line) {
        if (TextNormalizer.isAllCaps(line)) {
            return !Patterns.hasMotto(line);
        }
        return TextNormalizer.isTypeNameAlone(line);
    }

    /** An issuer line: in capitals, or short and opening with a body name when capitals formatting was lost. */
    private static boolean isIssuerLine(String line) {
        if (isHeaderNoise(line)) {
            return false;
        }
        return TextNormalizer.isAllCaps(line)
                || (line.length() <= MAX_SHORT_HEADER_LINE && Patterns.BODY_START.matcher(line).lookingAt() && !hasDigit(line));
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The type named by the code in the document's number: "86/KH-UBND" is a Kế hoạch, "45-NQ/TW" a Nghị quyết. */
    private static String typeFromNumber(String number) {
        if (number == null) {
            return null;
        }
        Matcher m = Patterns.NUMBER_TYPE_CODE.matcher(number);
        if (!m.lookingAt()) {
            return null;
        }
        return switch (VietnameseText.fold(m.group("code"))) {
            case "kh" -> "Kế hoạch";
            case "nq" -> "Nghị quyết";
            case "qd" -> "Quyết định";
            case "ct" -> "Chỉ thị";
            case "ctr" -> "Chương trình hành động";
            case "kl" -> "Kết luận";
            case "tb" -> "Thông báo";
            case "bc" -> "Báo cáo";
            case "tt" -> "Thông tư";
            case "nd" -> "Nghị định";
            case "hd" -> "Hướng dẫn";
            case "ttr" -> "Tờ trình";
            case "qc" -> "Quy chế";
            case "qdi" -> "Quy định";
            case "da" -> "Đề án";
            default -> null;
        };
    }

    /** An official letter names its subject "V/v ..." or its addressee "Kính gửi: ..." near the top. */
    private static boolean isLetter(String[] lines, int bodyStart) {
        for (int i = 0; i < Math.min(lines.length, bodyStart + 2); i++) {
            if (Patterns.LETTER_SUBJECT.matcher(lines[i]).lookingAt() || Patterns.ADDRESSEE.matcher(lines[i]).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static String siteType(Map<String, String> site) {
        String t = site.get(NormalizedText.SITE_TYPE);
        return t == null ? null : sentenceCase(t);
    }

    // ------------------------------------------------------------------ title

    private static String title(String[] lines, int bodyStart, int typeLine, Map<String, String> site) {
        List<String> subject = new ArrayList<>();
        List<String> capitals = new ArrayList<>();
        for (int i = Math.max(typeLine + 1, 0); i < bodyStart; i++) {
            String line = lines[i];
            if (typeLine < 0 && i == 0) {
                continue;
            }
            if (Character.isLowerCase(line.codePointAt(0)) || line.startsWith("V/v") || line.startsWith("Về ")
                    || (i == typeLine + 1 && StructureParser.isSubjectAfterTypeLine(lines[typeLine], line))) {
                subject.add(line);
            } else if (typeLine >= 0 && subject.isEmpty() && TextNormalizer.isAllCaps(line) && !isHeaderNoise(line)
                    && !Patterns.BODY_START.matcher(line).lookingAt()) {
                capitals.add(line);
            }
        }
        if (!subject.isEmpty()) {
            return VietnameseText.collapseWhitespace(String.join(" ", subject));
        }
        if (!capitals.isEmpty()) {
            return VietnameseText.collapseWhitespace(String.join(" ", capitals));
        }
        if (typeLine >= 0 && Patterns.WHITESPACE.split(lines[typeLine]).length > 4) {
            return VietnameseText.collapseWhitespace(lines[typeLine]);
        }
        if (site.containsKey(NormalizedText.SITE_TITLE)) {
            return site.get(NormalizedText.SITE_TITLE);
        }
        return bodyStart > 0 && lines.length > 0 ? VietnameseText.collapseWhitespace(lines[0]) : null;
    }

    private static boolean isHeaderNoise(String line) {
        return Patterns.hasMotto(line) || Patterns.OWN_NUMBER.matcher(line).lookingAt()
                || Patterns.SPELLED_DATE.matcher(line).find();
    }

    // ------------------------------------------------------------------ issuer

    private static String issuer(String[] lines, int bodyStart, int typeLine, Map<String, String> site, String text,
            String place) {
        String printed = null;
        // the issuer block above the type line: the last body line, completed by a locality line under it
        int end = typeLine >= 0 ? typeLine : Math.min(bodyStart, HEADER_SCAN_LINES);
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            if (!isIssuerLine(line)) {
                continue;
            }
            if (Patterns.BODY_START.matcher(line).lookingAt()) {
                printed = line;
            } else if (printed != null && Patterns.LOCALITY.matcher(sentenceCaseBody(line)).lookingAt()) {
                printed = printed + " " + line;
            }
        }
        // or a body named under the type line: "CỦA BAN THƯỜNG VỤ THÀNH ỦY", "BAN CHẤP HÀNH ĐẢNG BỘ ..."
        if (printed == null && typeLine >= 0) {
            for (int i = typeLine + 1; i < bodyStart; i++) {
                String line = lines[i];
                if (TextNormalizer.isAllCaps(line) && Patterns.BODY_START.matcher(line).lookingAt()
                        && !VietnameseText.fold(line).startsWith("hoi nghi")) {
                    printed = Patterns.LEADING_CUA.matcher(line).replaceFirst("");
                    break;
                }
            }
        }
        String issuer;
        if (printed != null) {
            issuer = sentenceCaseBody(expandAbbreviation(printed));
        } else {
            String siteIssuer = site.get(NormalizedText.SITE_ISSUER);
            if (siteIssuer != null && !Patterns.LOCALITY.matcher(siteIssuer).matches()) {
                issuer = siteIssuer;
            } else {
                issuer = sentenceSubject(lines, bodyStart);
            }
        }
        if (issuer == null) {
            return null;
        }
        issuer = Patterns.ISSUER_TAIL.matcher(issuer).replaceFirst("").strip();
        return completeLocality(issuer, site, text, place);
    }

    /** "UBND TỈNH HÀ TĨNH" → "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH": the printed short form of a people's committee or council. */
    private static String expandAbbreviation(String line) {
        Matcher m = Patterns.ISSUER_ABBREVIATION.matcher(line);
        if (!m.lookingAt()) {
            return line;
        }
        String full = m.group("abbr").equals("UBND") ? "ỦY BAN NHÂN DÂN" : "HỘI ĐỒNG NHÂN DÂN";
        return full + line.substring(m.end("abbr"));
    }

    /** "Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ I, nhiệm kỳ ... họp ..." → up to the first comma. */
    private static String sentenceSubject(String[] lines, int bodyStart) {
        for (int i = bodyStart; i < Math.min(lines.length, bodyStart + 2); i++) {
            String line = lines[i];
            if (Patterns.BODY_START.matcher(line).lookingAt() && !VietnameseText.fold(line).startsWith("hoi nghi")) {
                int comma = line.indexOf(',');
                String subject = comma > 0 ? line.substring(0, comma) : null;
                if (subject != null && subject.length() <= 120) {
                    return subject.strip();
                }
            }
        }
        return null;
    }

    private static String completeLocality(String issuer, Map<String, String> site, String text, String place) {
        String key = VietnameseText.fold(issuer);
        boolean nameOnly = key.endsWith("thanh pho") || key.endsWith("tinh") || key.endsWith("thanh uy") || key.endsWith("tinh uy");
        boolean kindAndName = key.equals("uy ban nhan dan") || key.equals("hoi dong nhan dan")
                || key.equals("ban chap hanh dang bo") || key.equals("dang bo");
        if ((!nameOnly && !kindAndName) || Patterns.LOCALITY.matcher(issuer).find()) {
            return issuer; // "Ủy ban nhân dân tỉnh Hà Tĩnh" ends with "tinh" once folded, and is complete
        }
        String[] locality = locality(site, text, place);
        if (locality == null && nameOnly && place != null) {
            return issuer + " " + place; // "Tỉnh ủy" signed in "Bắc Ninh, ngày ..."
        }
        if (locality == null) {
            return issuer;
        }
        return nameOnly ? issuer + " " + locality[1] : issuer + " " + locality[0] + " " + locality[1];
    }

    /** {kind in lower case, name}: from the site's issuer ("Thành phố Hải Phòng") or the text's most named locality. */
    private static String[] locality(Map<String, String> site, String text, String place) {
        String siteIssuer = site.get(NormalizedText.SITE_ISSUER);
        if (siteIssuer != null) {
            Matcher m = Patterns.LOCALITY.matcher(siteIssuer);
            if (m.matches()) {
                return new String[] {m.group("kind").toLowerCase(Locale.ROOT), m.group("name")};
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Matcher m = Patterns.LOCALITY.matcher(text);
        int from = 0;
        while (RegexGate.find(m, text, from, Patterns.LOCALITY_START)) {
            from = Math.max(m.end(), m.start() + 1);
            String name = m.group("name");
            counts.merge(name, 1, Integer::sum);
            kinds.putIfAbsent(name, m.group("kind").toLowerCase(Locale.ROOT));
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean placeMatch = place != null && e.getKey().equals(place);
            if (best == null || placeMatch || (e.getValue() > counts.get(best) && !(place != null && best.equals(place)))) {
                best = e.getKey();
            }
        }
        return best == null ? null : new String[] {kinds.get(best), best};
    }

    /**
     * A body name printed in capitals, written with its usual capitals: sentence case, the known compounds
     * ("Ban Thường vụ", "Thành ủy"), the word after a leading "Bộ"/"Sở" and the proper name after a locality word.
     */
    static String sentenceCaseBody(String s) {
        String collapsed = VietnameseText.collapseWhitespace(s);
        if (!TextNormalizer.isAllCaps(collapsed)) {
            return collapsed;
        }
        String[] words = collapsed.toLowerCase(Locale.ROOT).split(" ");
        String[] folded = VietnameseText.fold(collapsed).split(" ");
        boolean[] capital = new boolean[words.length];
        capital[0] = true;
        for (String[] rule : BODY_CAPITALS) {
            String[] key = rule[0].split(" ");
            String[] form = rule[1].split(" ");
            for (int i = 0; i + key.length <= words.length; i++) {
                boolean match = true;
                for (int k = 0; k < key.length && match; k++) {
                    match = folded[i + k].equals(key[k]);
                }
                if (match) {
                    for (int k = 0; k < key.length; k++) {
                        capital[i + k] = Character.isUpperCase(form[k].charAt(0));
                    }
                }
            }
        }
        if (words.length > 1 && (folded[0].equals("bo") || folded[0].equals("so") || folded[0].equals("cuc"))) {
            capital[1] = true;
            // each field a ministry or department joins opens with a capital: "Bộ Kế hoạch và Đầu tư", "Sở Văn
            // hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội"
            for (int i = 1; i + 1 < words.length; i++) {
                if ((folded[i].equals("va") || words[i].equals("-") || words[i].endsWith(","))
                        && !folded[i + 1].equals("va")) {
                    capital[i + 1] = true;
                }
            }
        }
        for (int i = 0; i + 1 < words.length; i++) {
            boolean partyCommittee = folded[i + 1].equals("uy"); // "TỈNH ỦY": the committee, not a province's name
            boolean localityWord = !partyCommittee && (folded[i].equals("tinh") || folded[i].equals("huyen") || folded[i].equals("quan"))
                    || (folded[i].equals("xa") && !folded[i + 1].equals("hoi")) || folded[i].equals("phuong")
                    || (folded[i].equals("pho") && i > 0 && folded[i - 1].equals("thanh"))
                    || (folded[i].equals("uy") && i > 0 && isLocalPartyLevel(folded[i - 1]));
            if (localityWord) {
                for (int k = i + 1; k < words.length && !isNameStop(folded[k]); k++) {
                    capital[k] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(capital[i] ? capitalize(words[i]) : words[i]);
        }
        return out.toString();
    }

    /** "thành" in "Thành ủy", "tỉnh" in "Tỉnh ủy": the committee's place name follows. */
    private static boolean isLocalPartyLevel(String foldedWord) {
        return switch (foldedWord) {
            case "thanh", "tinh", "huyen", "quan" -> true;
            default -> false;
        };
    }

    private static boolean isNameStop(String foldedWord) {
        return switch (foldedWord) {
            case "khoa", "lan", "nhiem", "ve", "cua", "va", "thu", "nam" -> true;
            default -> false;
        };
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private static String sentenceCase(String s) {
        String lower = VietnameseText.collapseWhitespace(s).toLowerCase(Locale.ROOT);
        return capitalize(lower);
    }

    // ------------------------------------------------------------------ signer

    /** The name signed after "Nơi nhận:" or a signature opener ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name). */
    private static String signer(String[] lines) {
        int recipients = -1;
        int opener = -1;
        for (int i = lines.length - 1; i >= 0 && recipients < 0; i--) {
            if (Patterns.RECIPIENTS.matcher(lines[i]).lookingAt()) {
                recipients = i;
            } else if (opener < 0 && Patterns.SIGNATURE_OPENER.matcher(lines[i]).lookingAt() && TextNormalizer.isAllCaps(lines[i])) {
                opener = i;
            }
        }
        // the signature may be printed before or after the recipients' list
        int closing = recipients < 0 ? opener : opener >= 0 && opener < recipients && recipients - opener <= 5 ? opener : recipients;
        if (closing < 0) {
            return null;
        }
        String found = null;
        for (int i = closing; i < Math.min(lines.length, closing + SIGNATURE_SCAN_LINES); i++) {
            String line = lines[i];
            if (Patterns.APPENDIX_LABEL.matcher(line).lookingAt() || (found != null && startsAttachedText(line))) {
                break;
            }
            if (isPersonName(line)) {
                found = line;
            }
        }
        if (found == null) {
            return null;
        }
        return TextNormalizer.isAllCaps(found) ? titleCaseName(found) : found;
    }

    /**
     * After the signature, a text attached to the decision begins: its type line ("QUY CHẾ", "QUY ĐỊNH") or a
     * division ("Chương I", "Điều 1.", "I. ..."). Capitals there ("NỘI DUNG PHỐI HỢP") are not the signer.
     */
    private static boolean startsAttachedText(String line) {
        return (TextNormalizer.isAllCaps(line) && Patterns.TYPE_LINE.matcher(line).lookingAt())
                || StructureParser.startsWithLabel(line);
    }

    private static boolean isPersonName(String line) {
        if (!Patterns.PERSON_NAME.matcher(line).matches() || Patterns.SIGNER_POSITION.matcher(line).matches()) {
            return false;
        }
        return !Patterns.BODY_START.matcher(line).lookingAt() && !Patterns.LOCALITY.matcher(line).find()
                && !Patterns.NOT_A_NAME.matcher(VietnameseText.fold(line)).find();
    }

    private static String titleCaseName(String s) {
        String[] words = Patterns.WHITESPACE.split(s.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(capitalize(w));
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ dates and numbers

    private static LocalDate meetingDate(String[] lines, int bodyStart) {
        for (int i = 0; i < Math.min(lines.length, bodyStart + BODY_SCAN_LINES); i++) {
            Matcher m = Patterns.MEETING_DATE.matcher(lines[i]);
            if (m.find()) {
                String d = m.group("date");
                Matcher numeric = Patterns.NUMERIC_DATE.matcher(d);
                if (numeric.find()) {
                    return date(numeric.group("d"), numeric.group("m"), numeric.group("y"));
                }
                String[] parts = Patterns.NON_DIGITS.matcher(d).replaceAll(" ").strip().split(" ");
                return parts.length == 3 ? date(parts[0], parts[1], parts[2]) : null;
            }
        }
        return null;
    }

    private static String firstNumber(String[] lines, int bodyStart) {
        for (int i = bodyStart; i < Math.min(lines.length, bodyStart + BODY_SCAN_LINES); i++) {
            Matcher m = Patterns.DOCUMENT_NUMBER.matcher(lines[i]);
            if (m.find()) {
                return m.group("num");
            }
        }
        return null;
    }

    /** "Hải Phòng" from "Hải Phòng, ngày 19 tháng 3 năm 2020" or "Số: 12/QĐ-UBND Hà Nội, ngày ...". */
    private static String placeBefore(String line, int dateStart) {
        Matcher m = Patterns.TRAILING_PLACE.matcher(line.substring(0, dateStart));
        return m.find() ? m.group(1) : null;
    }

    private static LocalDate numericDate(String s) {
        Matcher m = Patterns.NUMERIC_DATE.matcher(s);
        return m.find() ? date(m.group("d"), m.group("m"), m.group("y")) : null;
    }

    private static LocalDate date(String d, String m, String y) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
