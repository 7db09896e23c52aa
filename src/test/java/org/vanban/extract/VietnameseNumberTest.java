package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "14.740        | 14740",       // GRDP bình quân/người đạt 14.740 USD
        "6,4           | 6.4",         // đạt khoảng 6,4%
        "106.761,592   | 106761.592",  // 106.761,592 tỷ đồng
        "2,0           | 2",           // Thu hút 2,0 đến 2,5 tỷ USD
        "2,5           | 2.5",
        "02            | 2",           // Có từ 02 trường liên cấp quốc tế
        "210.000       | 210000",      // đạt 210.000 tỷ đồng
        "1.500.000     | 1500000",
        "40,77         | 40.77",       // đạt quy chuẩn kỹ thuật 40,77%
        "0,8           | 0.8",         // Chỉ số phát triển con người đạt 0,8
        "1,500,000     | 1500000",     // English grouping slipped into a text
        "2.5           | 2.5",         // English decimal point
        "1,234.5       | 1234.5",
        "350           | 350",
    })
    void readsNumbersAsVietnameseTextsPrintThem(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(VietnameseNumber.parse(written)), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "%", ",5", "5,"})
    void somethingThatIsNotANumberGivesNull(String written) {
        assertNull(VietnameseNumber.parse(written));
    }

    @org.junit.jupiter.api.Test
    void aWholeNumberPrintsWithoutExponent() {
        assertEquals("9000", VietnameseNumber.parse("9.000").toString());
    }
}
