package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vanban.domain.TargetValue;

class TargetValuesTest {

    /** The first value of a real target sentence: number, upper bound, unit, comparator. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Sản lượng hàng hóa qua cảng đến năm 2025 đạt 350 triệu tấn.                 | 350        | null | triệu tấn     | đạt",
        "Tỷ trọng đóng góp vào tổng sản phẩm (GDP) cả nước đạt khoảng 6,4%            | 6.4        | null | %             | khoảng",
        "GRDP bình quân/người đạt 14.740 USD.                                         | 14740      | null | USD           | đạt",
        "Thu ngân sách nhà nước trên địa bàn 106.761,592 tỷ đồng, trong đó            | 106761.592 | null | tỷ đồng       | null",
        "Thu ngân sách trên địa bàn đạt 180 - 190 nghìn tỷ đồng, trong đó             | 180        | 190  | nghìn tỷ đồng | từ ... đến",
        "Thu hút 2,0 đến 2,5 tỷ USD vốn đầu tư nước ngoài;                            | 2          | 2.5  | tỷ USD        | từ ... đến",
        "Đến năm 2030, tỷ lệ người tham gia bảo hiểm xã hội đạt 62%-63% lực lượng     | 62         | 63   | %             | từ ... đến",
        "GRDP bình quân đầu người năm 2030 (giá hiện hành) đạt 11.247 USD/người.      | 11247      | null | USD/người     | đạt",
        "Thu hút khách du lịch đạt trên 9,1 triệu lượt khách;                         | 9.1        | null | triệu lượt khách | trên",
        "Giải quyết việc làm cho 57.900 lượt người lao động;                          | 57900      | null | lượt người lao động | null",
        "Tăng trưởng GRDP bình quân giai đoạn 2019 - 2025 tối thiểu là 16%.           | 16         | null | %             | tối thiểu",
        "Kim ngạch xuất khẩu phấn đấu đến năm 2030 đạt 75 tỷ USD trở lên.             | 75         | null | tỷ USD        | trở lên",
        "Tỷ lệ hộ nghèo giảm xuống dưới 0,5%.                                         | 0.5        | null | %             | dưới",
        "Chỉ số sản xuất công nghiệp (IIP) tăng bình quân 15,5 - 16,5%/năm;           | 15.5       | 16.5 | %/năm         | từ ... đến",
        "Hoàn thành khoảng 32.900 căn nhà ở xã hội trong giai đoạn 2026 - 2030.       | 32900      | null | căn           | khoảng",
        "Chỉ số phát triển con người giai đoạn 2026 - 2030 đạt 0,8.                   | 0.8        | null | null          | đạt",
        "Khách du lịch đến năm 2030 đạt 25 triệu lượt.                                | 25         | null | triệu lượt    | đạt",
        "Thu nhập bình quân của cư dân nông thôn đạt 90 triệu đồng/người/năm.         | 90         | null | triệu đồng/người/năm | đạt",
        "Giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt trên 250 triệu đồng.  | 250        | null | triệu đồng    | trên",
        "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.                                      | 1.5        | null | %/năm         | null",
        "Thu hút đạt trên 1 triệu lượt khách quốc tế.                                 | 1          | null | triệu lượt khách | trên",
        "Có thêm 10 làng văn hóa du lịch cộng đồng.                                   | 10         | null | làng          | null",
    })
    void readsTheFirstValue(String sentence, String value, String upper, String unit, String comparator) {
        List<TargetValue> values = TargetValues.read(sentence);
        TargetValue first = values.get(0);
        assertEquals(0, new BigDecimal(value).compareTo(first.value()), sentence + " " + values);
        if (upper == null) {
            assertEquals(null, first.upper());
        } else {
            assertEquals(0, new BigDecimal(upper).compareTo(first.upper()));
        }
        assertEquals(unit, first.unit());
        assertEquals(comparator, first.comparator());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tỷ trọng đóng góp vào GDP cả nước đạt khoảng 6,4%; tỷ trọng đóng góp vào GDP vùng là 23,7%. GRDP bình quân/người đạt 14.740 USD. | 3",
        "Tốc độ tăng trưởng GRDP (giá so sánh 2010) tăng khoảng 11,5% - 12,0% so với năm 2023                                  | 1",
        "Phấn đấu đến năm 2030: 80% số xã (tương ứng 55/67 xã) đạt chuẩn nông thôn mới nâng cao                               | 1",
    })
    void readsEveryValueButNoYearsRatiosOrDates(String sentence, int count) {
        assertEquals(count, TargetValues.read(sentence).size(), String.valueOf(TargetValues.read(sentence)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Xây dựng Hải Phòng trở thành trung tâm nghề cá, dịch vụ hậu cần nghề cá và tìm kiếm cứu nạn khu vực phía Bắc.",
        "Tại Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 14, khóa XVI họp ngày 01/12/2023.",
        "Chỉ số chuyển đổi số (DTI) hằng năm thuộc top 5 địa phương dẫn đầu cả nước.",
    })
    void aSentenceWithoutValuesGivesNone(String sentence) {
        assertEquals(List.of(), TargetValues.read(sentence));
    }
}
