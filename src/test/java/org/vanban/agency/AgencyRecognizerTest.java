package org.vanban.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyRecognizerTest {

    private final AgencyRecognizer recognizer = new AgencyRecognizer();

    private List<String> names(String text) {
        return recognizer.readList(text, 0).agencies().stream().map(m -> m.ref().name()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', textBlock = """
            Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở                        # Sở Tài nguyên và Môi trường
            Sở Lao động, Thương binh và Xã hội chủ trì                                       # Sở Lao động, Thương binh và Xã hội
            Sở LĐTBXH, Sở GTVT và các sở, ban, ngành liên quan                               # Sở Lao động, Thương binh và Xã hội | Sở Giao thông vận tải
            Sở KH&ĐT; Sở TT&TT, Sở TN&MT, Sở NN&PTNT                                          # Sở Kế hoạch và Đầu tư | Sở Thông tin và Truyền thông | Sở Tài nguyên và Môi trường | Sở Nông nghiệp và Phát triển nông thôn
            Bộ Công An                                                                       # Bộ Công an
            Ban quản lý khu kinh tế Hải Phòng                                                # Ban Quản lý khu kinh tế Hải Phòng
            BQL KKT                                                                          # Ban Quản lý khu kinh tế
            Uỷ ban nhân dân thành phố                                                        # Ủy ban nhân dân thành phố
            UBND quận Đồ Sơn, UBND huyện Cát Hải và các sở, ban, ngành liên quan             # Ủy ban nhân dân quận Đồ Sơn | Ủy ban nhân dân huyện Cát Hải
            Ủy ban nhân dân huyện Thủy Nguyên thực hiện                                      # Ủy ban nhân dân huyện Thủy Nguyên
            Sở Tư pháp chủ trì                                                               # Sở Tư pháp
            Ban Dân tộc có trách nhiệm                                                       # Ban Dân tộc
            các Sở: Tài chính, Xây dựng                                                      # Sở Tài chính | Sở Xây dựng
            Các Bộ: KH&ĐT, TC                                                                # Bộ Kế hoạch và Đầu tư | Bộ Tài chính
            Sở Tài chính, Xây dựng, Công Thương                                              # Sở Tài chính | Sở Xây dựng | Sở Công Thương
            Bộ Chỉ huy Quân sự thành phố, Công an thành phố, Bộ Chỉ huy Bộ đội Biên phòng thành phố: # Bộ Chỉ huy Quân sự thành phố | Công an thành phố | Bộ Chỉ huy Bộ đội Biên phòng thành phố
            Các sở, ban, ngành liên quan; Trường Đại học Y Dược Hải Phòng; Viện Y học biển Việt Nam # Trường Đại học Y Dược Hải Phòng | Viện Y học biển Việt Nam
            Liên minh Hợp tác xã và Doanh nghiệp thành phố chủ trì                           # Liên minh Hợp tác xã và Doanh nghiệp thành phố
            Ban Quản lý Di sản thiên nhiên quần đảo Cát Bà chủ trì                           # Ban Quản lý Di sản thiên nhiên quần đảo Cát Bà
            Ban quản lý dự án phát triển đô thị và đầu tư xây dựng các công trình dân dụng đề xuất # Ban quản lý dự án phát triển đô thị và đầu tư xây dựng các công trình dân dụng
            Ban cán sự đảng Ủy ban nhân dân thành phố chỉ đạo                                # Ban cán sự đảng Ủy ban nhân dân thành phố
            Đảng đoàn Hội đồng nhân dân thành phố, Ban cán sự đảng Ủy ban nhân dân thành phố cụ thể hóa # Đảng đoàn Hội đồng nhân dân thành phố | Ban cán sự đảng Ủy ban nhân dân thành phố
            Các ban của Thành ủy, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố căn cứ # Ủy ban Mặt trận Tổ quốc Việt Nam thành phố
            Thành phố Hải Phòng phối hợp với các bộ                                          # Thành phố Hải Phòng
            Ban Chấp hành Đảng bộ thành phố nhiệm kỳ 2025 - 2030                             # Ban Chấp hành Đảng bộ thành phố
            Bộ Giao thông vận tải và các bộ, ngành Trung ương huy động                       # Bộ Giao thông vận tải
            Ủy ban Quản lý vốn nhà nước tại doanh nghiệp                                     # Ủy ban Quản lý vốn nhà nước tại doanh nghiệp
            Bộ Văn hóa, Thể thao và Du lịch                                                  # Bộ Văn hóa, Thể thao và Du lịch
            Giám đốc Sở Y tế có trách nhiệm                                                  # Sở Y tế
            Vụ Kế hoạch - Tài chính chủ trì                                                  # Vụ Kế hoạch - Tài chính
            Cục Trồng trọt và Bảo vệ thực vật, Cục Chăn nuôi và Thú y phối hợp                # Cục Trồng trọt và Bảo vệ thực vật | Cục Chăn nuôi và Thú y
            Kho bạc Nhà nước khu vực XVI bố trí                                              # Kho bạc Nhà nước khu vực XVI
            Chi cục Thuế khu vực II thu                                                      # Chi cục Thuế khu vực II
            Bảo hiểm xã hội khu vực XXI thực hiện                                            # Bảo hiểm xã hội khu vực XXI
            Phòng Nghiệp vụ Y chủ trì                                                        # Phòng Nghiệp vụ Y
            Thanh tra Sở chủ trì                                                             # Thanh tra Sở
            Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi tỉnh chuẩn bị                              # Bệnh viện Đa khoa tỉnh | Bệnh viện Nhi tỉnh
            Trung tâm Phục vụ hành chính công tỉnh tiếp nhận                                 # Trung tâm Phục vụ hành chính công tỉnh
            Sở Kế hoạch và Đầu tư; Hiệp hội Doanh nghiệp tỉnh                                # Sở Kế hoạch và Đầu tư | Hiệp hội Doanh nghiệp tỉnh
            Sở Nông nghiệp và Môi trường, Bưu điện tỉnh                                      # Sở Nông nghiệp và Môi trường | Bưu điện tỉnh
            Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh thẩm tra                          # Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh
            Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh phối hợp                       # Tòa án nhân dân tỉnh | Viện kiểm sát nhân dân tỉnh
            Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh chủ trì          # Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh
            Sở Thông tin và Truyền thông, Báo Bình Dương, Đài Phát thanh và Truyền hình Bình Dương đẩy mạnh # Sở Thông tin và Truyền thông | Báo Bình Dương | Đài Phát thanh và Truyền hình Bình Dương
            """)
    void readsTheAgenciesOfAList(String text, String expected) {
        assertEquals(List.of(expected.split("\\s*\\|\\s*")), names(text.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', textBlock = """
            các sở, ban, ngành liên quan
            Các sở, ban, ngành có liên quan
            UBND các quận, huyện
            Ủy ban nhân dân quận, huyện
            các cấp ủy
            Các cấp ủy, tổ chức đảng các cấp tổ chức phổ biến
            Thủ trưởng các Sở, ngành, Ủy ban nhân dân các quận, huyện, đơn vị liên quan:
            các cơ quan, đơn vị, địa phương có liên quan
            Các sở, ngành có liên quan
            Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh
            Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo
            Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương phối hợp
            Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ
            Các đơn vị trực thuộc Sở căn cứ
            Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp tổ chức
            """)
    void groupsAreNotAgencies(String text) {
        AgencyList list = recognizer.readList(text.strip(), 0);
        assertTrue(list.agencies().isEmpty(), () -> "agencies: " + list.agencies());
        assertTrue(list.isGroupOnly(), () -> "no group read in " + text);
    }

    @Test
    void allLevelsMakeAGroup() {
        AgencyList list = recognizer.readList(
                "Cấp ủy, chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp có trách nhiệm", 0);
        assertTrue(list.isGroupOnly());
    }

    @Test
    void unknownAgenciesGetAStableIdFromTheirName() {
        AgencyMention m = recognizer.resolve("Ủy ban nhân dân huyện Thủy Nguyên").orElseThrow();
        assertEquals("uy-ban-nhan-dan-huyen-thuy-nguyen", m.ref().agencyId());
        assertEquals(m.ref().agencyId(), recognizer.resolve("UBND huyện Thủy Nguyên").orElseThrow().ref().agencyId());
    }

    @Test
    void findsEveryAgencyInRunningText() {
        List<String> found = recognizer.findAll("Tham mưu cho Ủy ban nhân dân thành phố đề xuất Quốc hội, Chính phủ, "
                + "Bộ Quốc phòng sớm xây dựng quân cảng; phối hợp với các sở, ban, ngành và Sở Tài chính.")
                .stream().map(m -> m.ref().name()).toList();
        assertEquals(List.of("Ủy ban nhân dân thành phố", "Quốc hội", "Chính phủ", "Bộ Quốc phòng", "Sở Tài chính"), found);
    }

    @Test
    void nothingInPlainProse() {
        assertTrue(recognizer.readList("Tiếp tục cải thiện môi trường đầu tư, kinh doanh", 0).isEmpty());
        assertTrue(recognizer.readList("Hội nghị đã thống nhất", 0).isEmpty());
    }
}
