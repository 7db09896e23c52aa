package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorKeyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sản lượng hàng hóa qua cảng đến năm 2025 đạt 350 triệu tấn.                        | san luong hang hoa qua cang",
        "Sản lượng hàng hoá thông qua cảng đạt 190 triệu tấn;                               | san luong hang hoa qua cang",
        "Sản lượng hàng hoá thông qua các cảng trên địa bàn năm 2030 đạt 380 triệu tấn.     | san luong hang hoa qua cang",
        "Kim ngạch xuất khẩu phấn đấu đến năm 2030 đạt 75 tỷ USD trở lên.                   | kim ngach xuat khau",
        "Kim ngạch xuất khẩu đạt 33 tỷ USD;                                                 | kim ngach xuat khau",
        "GRDP bình quân đầu người (theo giá hiện hành) đạt 9.000 USD;                       | grdp binh quan dau nguoi",
        "GRDP bình quân đầu người năm 2030 (giá hiện hành) đạt 11.247 USD/người.            | grdp binh quan dau nguoi",
        "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 đạt trên 1,5 triệu tỷ đồng.      | tong von dau tu toan xa hoi",
        "Thu hút 2,0 đến 2,5 tỷ USD vốn đầu tư nước ngoài;                                  | thu hut von dau tu nuoc ngoai",
        "Đến năm 2025, cơ bản hoàn thành sự nghiệp công nghiệp hóa, hiện đại hóa            | co ban hoan thanh su nghiep cong nghiep",
    })
    void namesWhatIsMeasured(String text, String key) {
        assertEquals(key, IndicatorKey.of(text));
    }

    @org.junit.jupiter.api.Test
    void fisheriesOutputIsNotPortThroughput() {
        assertNotEquals(IndicatorKey.of("Sản lượng hàng hóa qua cảng đến năm 2030 đạt 600 triệu tấn."),
                IndicatorKey.of("Tổng sản lượng thủy sản đạt trên 250 nghìn tấn, trong đó sản lượng khai thác"));
    }

    @org.junit.jupiter.api.Test
    void nothingToNameGivesNull() {
        assertEquals(null, IndicatorKey.of("đạt 100%."));
    }
}
