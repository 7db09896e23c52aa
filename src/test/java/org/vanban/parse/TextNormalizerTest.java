package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule of cleaning per test, on real sentences of the kind the seeds and other documents contain. */
class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private String clean(String raw) {
        return normalizer.normalize(raw).text();
    }

    @Test
    void composesToNfcAndReadsTheEthLookAlikeAsDj() {
        String decomposed = java.text.Normalizer.normalize("Hải Phòng", java.text.Normalizer.Form.NFD);
        assertEquals("Hải Phòng", clean(decomposed));
        assertEquals("ĐẢNG BỘ THÀNH PHỐ", clean("\u00D0ẢNG BỘ THÀNH PHỐ"));
    }

    @ParameterizedTest
    @CsvSource({"hoà bình, hòa bình", "thuỷ sản, thủy sản", "Uỷ ban nhân dân, Ủy ban nhân dân", "khoá XII, khóa XII"})
    void keepsTonePlacementAsWrittenButMatchesBothPlacements(String old, String modern) {
        assertEquals(old, clean(old));
        assertEquals(VietnameseText.matchKey(modern), VietnameseText.matchKey(clean(old)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "## **II. CHỦ ĐỀ, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2024**|II. CHỦ ĐỀ, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2024",
            "#### ***2.1. Các chỉ tiêu kinh tế***|2.1. Các chỉ tiêu kinh tế",
            "**3.1.** Thành ủy và các cấp ủy, chính quyền tiếp tục đổi mới phương thức.|3.1. Thành ủy và các cấp ủy, chính quyền tiếp tục đổi mới phương thức.",
            "*Kết quả đạt được:* Kết quả nổi bật mà Đảng bộ đã triển khai.|Kết quả đạt được: Kết quả nổi bật mà Đảng bộ đã triển khai.",
            "***“Đẩy mạnh chỉnh trang, hiện đại hóa đô thị”.***|“Đẩy mạnh chỉnh trang, hiện đại hóa đô thị”.",
            "thuộc Thành ủy về đào tạo nghề **trong tháng 01/2024**, bảo đảm thực hiện.|thuộc Thành ủy về đào tạo nghề trong tháng 01/2024, bảo đảm thực hiện."})
    void removesMarkdownDebris(String raw, String expected) {
        assertEquals(expected, clean(raw));
    }

    @Test
    void boldRunsGluedInACentredTitleBecomeLinesAgain() {
        assertEquals("NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 14\nvề mục tiêu, nhiệm vụ, giải pháp năm 2024",
                clean("**NGHỊ QUYẾT****HỘI NGHỊ LẦN THỨ 14****về mục tiêu, nhiệm vụ, giải pháp năm 2024**"));
        assertEquals("CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN THƯỜNG VỤ THÀNH ỦY",
                clean("CHƯƠNG TRÌNH HÀNH ĐỘNG**CỦA BAN THƯỜNG VỤ THÀNH ỦY**"));
    }

    @Test
    void aMarkdownListStarStaysABullet() {
        assertEquals("* Kết quả đạt được: Nhiệm kỳ 2020 - 2025, thành phố đã tập trung lãnh đạo.",
                clean("* Kết quả đạt được: Nhiệm kỳ 2020 - 2025, thành phố đã tập trung lãnh đạo."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 giờ trướcBài gốc", "QR Code", "  • Từ khoá:", "Tin liên quan", "1 2 3 4 5  ... ",
            "image advertisement", "Tin mới", "Thư viện ảnh", "Thống kê truy cập", "  • Đang online: 0", "  • Hôm nay: 1",
            "-----", "Chia sẻ", "Lượt xem: 1.234", "Trang chủ » Tin tức » Kinh tế", "- 2 -", "Trang 3/12",
            "Ảnh: Minh Hà", "Ảnh minh họa",
            "Cảng Hải Phòng thực hiện cam kết cảng xanh, giảm thiểu tác động môi trường. (Ảnh: TTXVN phát)"})
    void removesWebChromeLines(String chrome) {
        String body = "Nghị quyết nêu rõ các nhiệm vụ trọng tâm của thành phố.";
        assertEquals(body, clean(body + "\n" + chrome + "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sản lượng thủy sản tăng 12% so với 3 năm trước.", "Nguồn lực đầu tư được huy động tối đa.",
            "Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.", "Theo đề nghị của Sở Nội vụ."})
    void keepsSentencesThatOnlyLookLikeChrome(String sentence) {
        assertEquals(sentence, clean(sentence));
    }

    @Test
    void keepsTheNewsSourceAsMetadataInsteadOfText() {
        NormalizedText n = normalizer.normalize("""
                Nâng cao chất lượng cải cách hành chính./.
                (Vietnam+)
                Nguồn VietnamPlus : https://www.vietnamplus.vn/bay-giai-phap-post1007005.vnp""");
        assertEquals("Nâng cao chất lượng cải cách hành chính./.", n.text());
        assertEquals("VietnamPlus", n.metadata().get(NormalizedText.SOURCE));
        assertEquals("https://www.vietnamplus.vn/bay-giai-phap-post1007005.vnp", n.metadata().get(NormalizedText.SOURCE_URL));
    }

    @Test
    void cutsTheFooterOfAWebPageAfterTheDocumentEnds() {
        String text = clean("""
                Đồng chí Lê Tiến Châu được chỉ định giữ chức vụ Bí thư Thành uỷ khoá I, nhiệm kỳ 2025 - 2030.
                Đại hội kêu gọi toàn thể cán bộ, đảng viên, quân và Nhân dân thành phố tiếp tục phát huy truyền thống.
                QR Code
                Tin liên quan
                Hải Phòng đứng đầu chỉ số chuyển đổi số
                Thống kê truy cập
                Tất cả: 0""");
        assertFalse(text.contains("QR Code") || text.contains("Hải Phòng đứng đầu") || text.contains("Thống kê"), text);
        assertTrue(text.endsWith("phát huy truyền thống."));
    }

    @Test
    void aLongRelatedNewsListAfterAShortArticleIsCutToo() {
        String article = "Sáng 12/3, Ủy ban nhân dân thành phố tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND về chuyển đổi số, "
                + "giao các sở, ngành xây dựng kế hoạch chi tiết trước ngày 30/4/2024 và báo cáo kết quả định kỳ hằng quý.";
        StringBuilder page = new StringBuilder(article).append("\nTin liên quan\n");
        for (int i = 1; i <= 30; i++) {
            page.append("Hải Phòng khởi công dự án hạ tầng số ").append(i).append('\n');
        }
        assertEquals(article, clean(page.toString()));
    }

    @Test
    void htmlPageLosesItsMenuTimestampCaptionAndFooter() {
        NormalizedText n = normalizer.normalize(Fixtures.HTML_PAGE);
        assertEquals("""
                Hải Phòng triển khai chuyển đổi số năm 2024
                Ủy ban nhân dân thành phố vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2024.
                Kế hoạch đặt ra ba nhóm nhiệm vụ:
                1. Phát triển hạ tầng số
                - Phủ sóng 5G tại các khu công nghiệp.
                - Nâng cấp trung tâm dữ liệu thành phố.
                2. Phát triển kinh tế số
                Tỷ trọng kinh tế số đạt 20% GRDP.""", n.text());
        assertEquals("true", n.metadata().get(NormalizedText.WEB_PAGE));
        assertEquals("Thứ Ba, 12/03/2024 08:30", n.metadata().get(NormalizedText.PUBLISHED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a blank line in the middle of a sentence: the next line starts in lower case
            "- Tình hình đội ngũ cán bộ cơ bản ổn định; có nơi, có lúc còn biểu hiện ngại việc,\\n\\nné việc, nhưng chỉ là thiểu số.|- Tình hình đội ngũ cán bộ cơ bản ổn định; có nơi, có lúc còn biểu hiện ngại việc, né việc, nhưng chỉ là thiểu số.",
            // the line ends on a word no sentence ends on
            "- Hoàn thành xây dựng Đề án, Nghị quyết của Ban\\n\\n\\nThường vụ Thành ủy về đào tạo nghề.|- Hoàn thành xây dựng Đề án, Nghị quyết của Ban Thường vụ Thành ủy về đào tạo nghề.",
            "(Kèm theo Kế hoạch số 86/KH-UBND ngày 19/3/2020 của Ủy ban nhân dân thành\\nphố)|(Kèm theo Kế hoạch số 86/KH-UBND ngày 19/3/2020 của Ủy ban nhân dân thành phố)",
            // a semicolon does not end what a lower-case line continues
            "bảo đảm quốc phòng, an ninh của thành phố;\\n\\nnhất là Nghị quyết số 30-NQ/TW của Bộ Chính trị.|bảo đảm quốc phòng, an ninh của thành phố; nhất là Nghị quyết số 30-NQ/TW của Bộ Chính trị."})
    void joinsAParagraphBrokenMidSentence(String raw, String expected) {
        assertEquals(expected, clean(raw.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I. MỤC ĐÍCH\nQuán triệt nghiêm túc, sâu sắc Kết luận số 96-KL/TW.",
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG",
            "CỦA BAN THƯỜNG VỤ THÀNH ỦY\nthực hiện Kết luận số 96-KL/TW",
            "- Bộ Chính trị, Ban Bí thư TW Đảng (để báo cáo),\n- Ban Kinh tế Trung ương Đảng,",
            "a) Về kinh tế\nb) Về xã hội",
            "2. Phát triển kinh tế số\nTỷ trọng kinh tế số đạt 20% GRDP.",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 32/2024/NĐ-CP.",
            "Mục tiêu đến năm 2030:\nxây dựng thành phố cảng biển hiện đại."})
    void leavesSeparateParagraphsApart(String raw) {
        assertEquals(raw, clean(raw));
    }

    @Test
    void aBlockPrintedTwiceIsKeptOnceWithAWarning() {
        String block = """
                ỦY BAN NHÂN DÂN |
                Số: 86/KH-UBND |
                Hải Phòng, ngày 19 tháng 3 năm 2020 |
                KẾ HOẠCH
                Quán triệt, triển khai và cụ thể những nội dung Nghị quyết số 45-NQ/TW.
                """;
        NormalizedText n = normalizer.normalize(block + block + "(15) Đến năm 2025 cơ bản không còn hộ nghèo.");
        assertEquals("""
                ỦY BAN NHÂN DÂN
                Số: 86/KH-UBND
                Hải Phòng, ngày 19 tháng 3 năm 2020
                KẾ HOẠCH
                Quán triệt, triển khai và cụ thể những nội dung Nghị quyết số 45-NQ/TW.
                (15) Đến năm 2025 cơ bản không còn hộ nghèo.""", n.text());
        assertEquals(1, n.warnings().size());
        assertTrue(n.warnings().get(0).contains("Block of 5 paragraphs printed twice"), n.warnings().toString());
    }

    @Test
    void aShortLineRepeatedFarApartIsNotARepeat() {
        String text = "a) Về kinh tế\n(1) Thu ngân sách đạt 180 nghìn tỷ đồng.\na) Về kinh tế\n(1) Thu ngân sách đạt 300 nghìn tỷ đồng.";
        NormalizedText n = normalizer.normalize(text);
        assertEquals(text, n.text());
        assertEquals(List.of(), n.warnings());
    }

    @Test
    void rebuildsATableFlattenedToOneCellPerLine() {
        String text = clean("""
                PHỤ LỤC 1
                TT |
                Nhiệm vụ |
                Cơ quan chủ trì |
                Cơ quan phối hợp |
                Sản phẩm |
                Thời gian |
                1 |
                Lập, trình thẩm định, phê duyệt Quy hoạch thành phố Hải Phòng giai đoạn 2021 - 2030 |
                Sở Kế hoạch và Đầu tư |
                Các Sở, ban, ngành, Ủy ban nhân dân quận, huyện |
                Quyết định của Thủ tướng Chính phủ |
                Quý IV/2021 |
                2 |
                Xây dựng đề án thí điểm, tổ chức mô hình chính quyền đô thị |
                Sở Nội vụ |
                Các sở, ban, ngành có liên quan |
                Đề án báo cáo Chính phủ |
                Trong quá trình
                thực hiện Nghị quyết |
                """);
        assertEquals("""
                PHỤ LỤC 1
                TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian
                1 | Lập, trình thẩm định, phê duyệt Quy hoạch thành phố Hải Phòng giai đoạn 2021 - 2030 | Sở Kế hoạch và Đầu tư | Các Sở, ban, ngành, Ủy ban nhân dân quận, huyện | Quyết định của Thủ tướng Chính phủ | Quý IV/2021
                2 | Xây dựng đề án thí điểm, tổ chức mô hình chính quyền đô thị | Sở Nội vụ | Các sở, ban, ngành có liên quan | Đề án báo cáo Chính phủ | Trong quá trình thực hiện Nghị quyết""", text);
    }

    @Test
    void rebuildsATableWhoseRowsKeepSeveralCellsPerLine() {
        String text = clean("""
                STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn hoàn thành |
                1 | Rà soát quỹ đất nhà ở xã hội | Sở Xây dựng | Quý II/2024 |
                2 | Cập nhật cơ sở dữ liệu | | Tháng 12/2024 |
                """);
        assertEquals("""
                STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn hoàn thành
                1 | Rà soát quỹ đất nhà ở xã hội | Sở Xây dựng | Quý II/2024
                2 | Cập nhật cơ sở dữ liệu |  | Tháng 12/2024""", text);
    }

    @Test
    void movesASiteMetadataTableToMetadataAndJoinsALayoutCellBrokenOverTwoLines() {
        NormalizedText n = normalizer.normalize("""
                Số hiệu | 86/KH-UBND |
                Ngày ban hành | 19/03/2020 |
                Loại văn bản | Kế hoạch |
                Cơ quan ban hành | Thành phố Hải Phòng |
                Người ký | Nguyễn Văn Tùng |
                ỦY BAN NHÂN DÂN |
                CỘNG HÒA XÃ HỘI
                CHỦ NGHĨA VIỆT NAM |
                Số: 86/KH-UBND |""");
        assertEquals("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 86/KH-UBND", n.text());
        assertEquals(Map.of(NormalizedText.SITE_NUMBER, "86/KH-UBND", NormalizedText.SITE_ISSUED_DATE, "19/03/2020",
                NormalizedText.SITE_TYPE, "Kế hoạch", NormalizedText.SITE_ISSUER, "Thành phố Hải Phòng",
                NormalizedText.SITE_SIGNER, "Nguyễn Văn Tùng"), n.metadata());
    }

    @Test
    void aCleanTextComesBackUnchangedWithNothingToReport() {
        String clean = "Điều 1. Phê duyệt Kế hoạch phát triển cụm công nghiệp.\n1. Mục tiêu chung: phát triển bền vững.";
        NormalizedText n = normalizer.normalize(clean);
        assertEquals(clean, n.text());
        assertEquals(List.of(), n.warnings());
        assertEquals(Map.of(), n.metadata());
    }

    @Test
    void emptyOrNullInputGivesEmptyText() {
        assertEquals("", clean(null));
        assertEquals("", clean(" \n\n \t"));
    }

    /** A PDF page break: the issuer repeated as a running header and the page number alone on its line. */
    @Test
    void aPdfsRunningHeaderAndPageNumberGo() {
        String text = clean("""
                ỦY BAN NHÂN DÂN
                TỈNH QUẢNG NINH
                KẾ HOẠCH
                I. MỤC TIÊU
                - Tỷ lệ hồ sơ được xử lý trực tuyến đạt 100%.

                2
                ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
                II. NHIỆM VỤ""");
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nKẾ HOẠCH\nI. MỤC TIÊU\n"
                + "- Tỷ lệ hồ sơ được xử lý trực tuyến đạt 100%.\nII. NHIỆM VỤ", text);
    }

    /** Columns printed side by side: the left column first, then the right one. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NINH       Độc lập - Tự do - Hạnh phúc",
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NINH\tĐộc lập - Tự do - Hạnh phúc"})
    void headerColumnsAreReadOneAfterTheOther(String raw) {
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                clean(raw));
    }

    /** A line broken before a number continues the sentence when the line before ends on "số", "ngày"... */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thực hiện Chỉ thị số|05/CT-TTg ngày 23 tháng 02 năm 2024 của Thủ tướng Chính phủ.",
            "theo Quyết định số 36/2020/QĐ-UBND ban hành ngày|15/10/2020 của Ủy ban nhân dân tỉnh.",
            "Thu nhập bình quân đầu người đạt|75 triệu đồng.",
            "II. MỤC TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN|2021 - 2025"})
    void aLineBrokenBeforeANumberIsJoined(String first, String second) {
        assertEquals(first + " " + second, clean(first + "\n" + second));
    }

    @Test
    void aPortalsSignedMarkIsNotANewsByline() {
        NormalizedText n = normalizer.normalize("CHỦ TỊCH\n(Đã ký)\nHồ Quốc Dũng");
        assertEquals(null, n.metadata().get(NormalizedText.SOURCE));
    }

    /** A PDF line wrapped inside a proper name continues; a new sentence after a finished one does not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Công|Thương, Kế hoạch và Đầu tư chịu trách nhiệm thi hành.|true",
            "Sau 5 năm thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung|ương Đảng khóa X về nông nghiệp.|true",
            "Sở Thông tin và Truyền thông theo dõi, đôn đốc việc thực hiện Kế hoạch.|Các sở, ngành báo cáo kết quả.|false",
            "Mục tiêu chung|Phát triển du lịch bền vững.|false"})
    void aLineWrappedInsideANameIsJoined(String first, String second, boolean joined) {
        assertEquals(joined ? first + " " + second : first + "\n" + second, clean(first + "\n" + second));
    }

    /** The cells are cut where the separator pattern cuts them, on any mixture of pipes, spaces and text. */
    @Test
    void cellsAreSplitAsThePatternSplitsThem() {
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 50_000; n++) {
            String text = randomText(random, "| \t\u00A0ab1\n", 10);
            assertEquals(List.of(Patterns.CELL_SEPARATOR.split(text, -1)),
                    List.of(Patterns.splitAtCellSeparators(text, true)), text);
            assertEquals(List.of(Patterns.CELL_SEPARATOR.split(text)),
                    List.of(Patterns.splitAtCellSeparators(text, false)), text);
        }
    }

    /** No text opening with a character the matcher rules out matches: checked on the chrome words themselves. */
    @Test
    void openingCharactersRuleOutOnlyWhatCannotMatch() {
        String[] words = {"5 giờ trước", "bài gốc", "qr code", "quảng cáo", "đang online: 3", "hôm nay: 12", "chia sẻ",
            "in bài viết", "tin liên quan", "xem thêm", "facebook", "a+ a-", "về đầu trang", "top", "trang chủ",
            "giới thiệu", "liên hệ", "sơ đồ trang", "đăng nhập", "english", "rss", "e-magazine", "infographics",
            "- trang chủ", "| liên hệ", "· video", "lên đầu trang"};
        for (var entry : java.util.Map.of(Patterns.CHROME_FRAGMENT, Patterns.CHROME_FRAGMENT_OPENS,
                Patterns.MENU_ITEM, Patterns.MENU_ITEM_OPENS).entrySet()) {
            for (String word : words) {
                for (char c = 0; c < 0x2000; c++) {
                    String text = c + word.substring(1);
                    if (!Patterns.opens(entry.getValue(), c)) {
                        assertFalse(entry.getKey().matcher(text).lookingAt(), text);
                    }
                }
                assertTrue(!entry.getKey().matcher(word).lookingAt() || Patterns.opens(entry.getValue(), word.charAt(0)));
            }
        }
    }

    /** The sentence ends are read from the end as the patterns read the last 8 characters. */
    @Test
    void sentenceEndsAreReadAsThePatternsReadThem() {
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 100_000; n++) {
            String text = randomText(random, ".:;!?…\"”’)]* \t\n\r\u0085\u2028\u2029ab,", 14);
            int from = Math.max(0, text.length() - 8);
            assertEquals(Patterns.SENTENCE_END.matcher(text).region(from, text.length()).find(),
                    TextNormalizer.endsWithMark(text, Patterns.SENTENCE_END_MARKS), text);
            assertEquals(Patterns.TERMINAL_PUNCTUATION.matcher(text).region(from, text.length()).find(),
                    TextNormalizer.endsWithMark(text, Patterns.TERMINAL_PUNCTUATION_MARKS), text);
        }
    }

    /** Fewer than {@code maxLength} characters drawn from {@code alphabet}. */
    private static String randomText(java.util.Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
