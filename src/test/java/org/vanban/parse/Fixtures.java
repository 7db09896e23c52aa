package org.vanban.parse;

/** Realistic documents of kinds the seed corpus does not cover, as text extraction delivers them. */
final class Fixtures {

    private Fixtures() {
    }

    /** A provincial Quyết định with Chương, Điều, Khoản, Điểm, as text from a Word file. */
    static final String QUYET_DINH = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NINH
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 1234/QĐ-UBND
            Quảng Ninh, ngày 05 tháng 4 năm 2024

            QUYẾT ĐỊNH
            Về việc ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;
            Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 45/TTr-SCT ngày 20 tháng 3 năm 2024.
            QUYẾT ĐỊNH:
            Chương I
            QUY ĐỊNH CHUNG
            Điều 1. Phạm vi điều chỉnh
            Quy chế này quy định nguyên tắc, nội dung phối hợp quản lý nhà nước đối với cụm công nghiệp.
            Điều 2. Trách nhiệm của các cơ quan
            1. Sở Công Thương chủ trì, phối hợp với các sở, ngành:
            a) Tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch phát triển cụm công nghiệp;
            b) Hướng dẫn, kiểm tra việc thực hiện quy hoạch, kế hoạch;
            đ) Tổng hợp, báo cáo định kỳ trước ngày 15 tháng 12 hằng năm.
            2. Sở Tài chính bố trí kinh phí thực hiện theo quy định.
            Chương II
            TỔ CHỨC THỰC HIỆN
            Điều 3. Hiệu lực thi hành
            Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.
            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT, CN.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Văn An
            """;

    /** A Sở's Công văn with numbered paragraphs, the signature printed after the recipients. */
    static final String CONG_VAN = """
            UBND THÀNH PHỐ HÀ NỘI
            SỞ XÂY DỰNG
            Số: 2150/SXD-QLN
            V/v hướng dẫn rà soát nhà ở xã hội năm 2024
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 10 tháng 5 năm 2024
            Kính gửi: Ủy ban nhân dân các quận, huyện, thị xã.
            Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở Xây dựng đề nghị:
            1. Ủy ban nhân dân các quận, huyện rà soát quỹ đất dành cho nhà ở xã hội, báo cáo trước ngày 30/6/2024.
            2. Các chủ đầu tư cập nhật tiến độ dự án lên hệ thống thông tin.
            3. Phòng Quản lý nhà tổng hợp, tham mưu báo cáo Ủy ban nhân dân Thành phố.
            Trân trọng./.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            GIÁM ĐỐC
            Trần Thị Bình
            """;

    /** A news page as Tika gives it: a menu, a breadcrumb, a timestamp, counters, related news and a footer. */
    static final String HTML_PAGE = """
            Trang chủ
            Giới thiệu
            Tin tức
            Văn bản
            Liên hệ
            Trang chủ » Tin tức » Kinh tế
            Hải Phòng triển khai chuyển đổi số năm 2024
            Thứ Ba, 12/03/2024 08:30
            Lượt xem: 1.234
            Ủy ban nhân dân thành phố vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2024.
            Lãnh đạo thành phố làm việc với doanh nghiệp công nghệ. (Ảnh: Minh Hà)
            Kế hoạch đặt ra ba nhóm nhiệm vụ:
            1. Phát triển hạ tầng số
            - Phủ sóng 5G tại các khu công nghiệp.
            - Nâng cấp trung tâm dữ liệu thành phố.
            2. Phát triển kinh tế số
            Tỷ trọng kinh tế số đạt 20% GRDP.
            Chia sẻ
            In bài
            Tin liên quan
            Hải Phòng đứng đầu chỉ số chuyển đổi số
            Khởi động cuộc thi ý tưởng số
            Bản quyền thuộc về Cổng thông tin điện tử thành phố Hải Phòng
            Địa chỉ: 18 Hoàng Diệu, Hồng Bàng, Hải Phòng
            Điện thoại: 0225.3842.658
            """;
}
