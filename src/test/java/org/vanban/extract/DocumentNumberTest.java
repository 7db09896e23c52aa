package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "76-CTR/TU         | 76-CTr/TU",
        "76-CTr/TU         | 76-CTr/TU",
        "76-ctr/tu         | 76-CTr/TU",
        "108/NQ- CP        | 108/NQ-CP",
        "846 /UBND-TH      | 846/UBND-TH",
        "89/2017/nđ-cp     | 89/2017/NĐ-CP",
        "35/2021/QH15      | 35/2021/QH15",
        "02/CT-TTG         | 02/CT-TTg",
        "08-qđi/tw         | 08-QĐi/TW",
        "45–NQ/TW          | 45-NQ/TW",
        "1232/NQ-UBTVQH15  | 1232/NQ-UBTVQH15",
        "994               | 994",
    })
    void normalizesForLookup(String written, String expected) {
        assertEquals(expected, DocumentNumber.normalize(written));
        assertEquals(expected, DocumentNumber.normalize(DocumentNumber.normalize(written)), "idempotent");
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource(delimiter = '|', value = {
        "45-NQ/TW          | Nghị quyết | ",
        "108/NQ-CP         | Nghị quyết | Chính phủ",
        "89/2017/NĐ-CP     | Nghị định  | Chính phủ",
        "110-TB/VPTW       | Thông báo  | Văn phòng Trung ương Đảng",
        "96-KL/TW          | Kết luận   | ",
        "76-CTr/TU         | Chương trình | ",
        "35/2021/QH15      |            | Quốc hội",
        "1232/NQ-UBTVQH15  | Nghị quyết | Ủy ban Thường vụ Quốc hội",
        "846/UBND-TH       | Công văn   | ",
        "1234/BTC-NSNN     | Công văn   | ",
        "1234-CV/TU        | Công văn   | ",
        "08-QĐi/TW         | Quy định   | ",
    })
    void symbolsNameTypeAndNationalIssuers(String number, String type, String issuer) {
        assertEquals(type, DocumentNumber.typeFromSymbol(DocumentNumber.normalize(number)));
        assertEquals(issuer, DocumentNumber.issuerFromSymbol(DocumentNumber.normalize(number)));
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(DocumentNumber.normalize(null));
    }
}
