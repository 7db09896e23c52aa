package org.vanban.agency;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the recognizer reads agency names with, as folded keys (lower case, no diacritics). Kept as data
 * in one place so that a reader can check what counts as a head noun, a level, a group or the end of a name.
 */
final class AgencyVocabulary {

    private AgencyVocabulary() {
    }

    /** How a head noun continues into a full name. */
    enum HeadKind {
        /**
         * "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân": must be followed by a level and usually a place:
         * "Ủy ban nhân dân huyện Thủy Nguyên", "UBND quận Đồ Sơn".
         */
        LOCAL_GOVERNMENT,
        /** "Thành phố", "Tỉnh", "Huyện": a locality named as an actor, "Thành phố Hải Phòng". */
        LOCALITY,
        /** "Sở", "Bộ", "Ban", "Cục", "Viện": followed by a capitalised specialty, "Sở Tư pháp", "Ban Dân tộc". */
        NAMED,
        /**
         * "Ban Quản lý", "Trung tâm", "Tổng công ty": the specialty may run on in lower case, "Ban quản lý dự án
         * phát triển đô thị và đầu tư xây dựng các công trình dân dụng".
         */
        NAMED_LONG
    }

    /** Head nouns of agency names, by their folded words. */
    static final Map<String, HeadKind> HEADS = Map.ofEntries(
            Map.entry("uy ban nhan dan", HeadKind.LOCAL_GOVERNMENT),
            Map.entry("ubnd", HeadKind.LOCAL_GOVERNMENT),
            Map.entry("hoi dong nhan dan", HeadKind.LOCAL_GOVERNMENT),
            Map.entry("hdnd", HeadKind.LOCAL_GOVERNMENT),
            Map.entry("thanh pho", HeadKind.LOCALITY),
            Map.entry("tinh", HeadKind.LOCALITY),
            Map.entry("huyen", HeadKind.LOCALITY),
            Map.entry("quan", HeadKind.LOCALITY),
            Map.entry("thi xa", HeadKind.LOCALITY),
            Map.entry("so", HeadKind.NAMED),
            Map.entry("bo", HeadKind.NAMED),
            Map.entry("ban", HeadKind.NAMED),
            Map.entry("cuc", HeadKind.NAMED),
            Map.entry("tong cuc", HeadKind.NAMED),
            Map.entry("chi cuc", HeadKind.NAMED),
            Map.entry("vu", HeadKind.NAMED),
            Map.entry("vien", HeadKind.NAMED),
            Map.entry("hoc vien", HeadKind.NAMED),
            Map.entry("truong", HeadKind.NAMED),
            Map.entry("dai hoc", HeadKind.NAMED),
            Map.entry("hoi", HeadKind.NAMED),
            Map.entry("lien doan", HeadKind.NAMED),
            Map.entry("tong lien doan", HeadKind.NAMED),
            Map.entry("lien minh", HeadKind.NAMED),
            Map.entry("lien hiep", HeadKind.NAMED),
            Map.entry("dang uy", HeadKind.NAMED),
            Map.entry("dang doan", HeadKind.NAMED),
            Map.entry("dang bo", HeadKind.NAMED),
            Map.entry("ban can su dang", HeadKind.NAMED),
            Map.entry("uy ban", HeadKind.NAMED),
            Map.entry("hoi dong", HeadKind.NAMED),
            Map.entry("benh vien", HeadKind.NAMED),
            Map.entry("kho bac", HeadKind.NAMED),
            Map.entry("kho bac nha nuoc", HeadKind.NAMED),
            Map.entry("van phong", HeadKind.NAMED),
            Map.entry("cong an", HeadKind.NAMED),
            Map.entry("thanh tra", HeadKind.NAMED),
            Map.entry("bo chi huy", HeadKind.NAMED),
            Map.entry("bo tu lenh", HeadKind.NAMED),
            Map.entry("tap doan", HeadKind.NAMED),
            Map.entry("dai", HeadKind.NAMED),
            Map.entry("bao", HeadKind.NAMED),
            Map.entry("doan", HeadKind.NAMED),
            Map.entry("ngan hang", HeadKind.NAMED),
            Map.entry("phong", HeadKind.NAMED),
            Map.entry("hiep hoi", HeadKind.NAMED),
            Map.entry("buu dien", HeadKind.NAMED),
            Map.entry("chi nhanh", HeadKind.NAMED_LONG),
            Map.entry("cang vu", HeadKind.NAMED),
            Map.entry("ban quan ly", HeadKind.NAMED_LONG),
            Map.entry("ban chi dao", HeadKind.NAMED_LONG),
            Map.entry("trung tam", HeadKind.NAMED_LONG),
            Map.entry("cong ty", HeadKind.NAMED_LONG),
            Map.entry("tong cong ty", HeadKind.NAMED_LONG),
            Map.entry("quy", HeadKind.NAMED_LONG),
            Map.entry("bao hiem xa hoi", HeadKind.NAMED_LONG));

    static final int LONGEST_HEAD = 4;

    /**
     * One-word heads and levels whose folded key is shared with common words of another tone: "Số hóa" is no "Sở", "Bảo
     * vệ" no "Báo", "Đại hội" no "Đài". Such a head counts only when spelled as here (lower case, NFC).
     */
    static final Map<String, String> HEAD_SPELLINGS = Map.ofEntries(
            Map.entry("so", "sở"), Map.entry("bo", "bộ"), Map.entry("cuc", "cục"), Map.entry("vu", "vụ"),
            Map.entry("bao", "báo"), Map.entry("dai", "đài"), Map.entry("hoi", "hội"), Map.entry("vien", "viện"),
            Map.entry("truong", "trường"), Map.entry("doan", "đoàn"), Map.entry("quy", "quỹ"), Map.entry("phong", "phòng"),
            Map.entry("tinh", "tỉnh"), Map.entry("huyen", "huyện"), Map.entry("quan", "quận"),
            Map.entry("phuong", "phường"));

    /** Heads whose list may share one head noun: "các Sở: Tài chính, Xây dựng", "Các Bộ: KH&ĐT, TC". */
    static final Set<String> SHARED_HEADS = Set.of("so", "bo", "ban", "cuc", "vien", "truong", "hoi", "tong cuc");

    /** Administrative levels that qualify a name: "Công an tỉnh", "Ủy ban nhân dân huyện Cát Hải". */
    static final Set<String> LEVELS = Set.of("tinh", "thanh pho", "quan", "huyen", "thi xa", "xa", "phuong",
            "thi tran", "trung uong");

    /**
     * Words that end a name (lower case, with diacritics: folded keys would confuse "từ" with "đầu tư"): verbs and function words that follow an agency in an assignment ("Sở Tư pháp
     * chủ trì", "Ban Dân tộc có trách nhiệm", "Công an huyện thực hiện"). Matched as whole folded phrases.
     */
    static final Set<String> STOPS = Set.of(
            "chủ trì", "phối hợp", "thực hiện", "triển khai", "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ",
            "tham mưu", "chỉ đạo", "đề xuất", "nghiên cứu", "rà soát", "theo dõi", "đôn đốc", "hướng dẫn",
            "báo cáo", "tổng hợp", "kiểm tra", "giám sát", "ban hành", "trình", "hoàn thiện", "hoàn thành",
            "khẩn trương", "tiếp tục", "tăng cường", "đẩy mạnh", "cụ thể hóa", "cụ thể hoá", "thể chế hóa",
            "thể chế hoá", "chủ động", "căn cứ", "bảo đảm", "đảm bảo", "nâng cao", "tập trung", "ưu tiên", "lập",
            "thẩm định", "xem xét", "giải quyết", "quán triệt", "tuyên truyền", "phổ biến", "vận động", "tổ chức",
            "là", "được", "đã", "sẽ", "cần", "phải", "nhằm", "để", "với", "của", "cho", "trong", "tại", "theo",
            "về", "từ", "đến", "nhiệm kỳ", "khóa", "khoá", "lần", "gồm", "thuộc", "có", "không", "thì", "mà",
            "khi", "nếu", "cùng", "giúp", "gửi", "trở thành", "đạt", "sau", "trước", "trên", "dưới", "giao",
            "nhận", "huy động", "sửa đổi", "bổ sung", "thu hút", "khuyến khích", "ứng dụng", "đưa", "làm", "tạo",
            "như", "hoặc", "hay", "cụ thể", "bố trí", "phân bổ", "cân đối", "giải ngân", "sắp xếp", "kiện toàn",
            "điều phối", "chuẩn bị", "lựa chọn", "thực thi", "xử lý", "thúc đẩy");

    /** Compounds whose second word alone would be a stop: "công trình", "chương trình", "đầu tư". */
    static final Set<String> COMPOUNDS = Set.of("công trình", "chương trình", "quá trình", "lộ trình",
            "tiến trình", "đầu tư", "cơ quan", "đối với", "quy trình", "giáo trình", "giao thông", "giao dịch",
            "trình độ");

    /** Verbs that also occur inside names ("Ban Quản lý dự án đầu tư xây dựng"): they end only short names. */
    static final Set<String> VERBS_INSIDE_NAMES = Set.of("xay dung", "phat trien", "dau tu", "quan ly", "bao ve",
            "khai thac", "ho tro", "dao tao", "cham soc");

    static final int LONGEST_STOP = 3;

    /** Nouns and qualifiers that make up a group of bodies: "các sở, ban, ngành liên quan". */
    static final Set<String> GROUP_TERMS = Set.of(
            "so", "ban", "nganh", "bo", "co quan", "don vi", "dia phuong", "quan", "huyen", "thi xa", "thanh pho",
            "tinh", "xa", "phuong", "thi tran", "cap", "cap uy", "to chuc", "to chuc dang", "doan the",
            "chinh tri xa hoi", "to chuc chinh tri xa hoi", "hoi", "doanh nghiep", "truong", "vien", "dang bo",
            "chi bo", "dang uy", "dang doan", "ban can su dang", "chinh quyen", "luc luong vu trang", "lien quan",
            "co lien quan", "trung uong", "truc thuoc", "cac cap", "nha nuoc", "uy ban nhan dan", "ubnd",
            "hoi dong nhan dan", "hdnd", "mat tran", "thanh vien", "tren dia ban", "cac", "thuoc chinh phu",
            "co quan ngang bo", "ban dang", "ngoai", "lien", "cac cap uy", "doan the chinh tri xa hoi",
            "cac to chuc", "khoi", "chuc nang", "huyen uy", "thi uy", "thanh uy", "quan uy", "mat tran to quoc", "chu dau tu", "to dai bieu", "dai bieu",
            "doan the tinh", "cap tinh", "cap huyen", "cap xa");

    static final int LONGEST_GROUP_TERM = 6;

    /** Group terms of members, owned by the body named right after them: "đại biểu Hội đồng nhân dân tỉnh". */
    static final Set<String> MEMBER_TERMS = Set.of("dai bieu", "to dai bieu", "thanh vien");

    /** Words that open a group: "các", "những", "mọi", "toàn thể", "Thủ trưởng", "Các đồng chí". */
    static final Set<String> GROUP_OPENERS = Set.of("cac", "nhung", "moi", "toan the", "thu truong",
            "cac dong chi", "dong chi", "lanh dao", "uy vien");

    /** A group may open directly with these nouns: "Cấp ủy, chính quyền ...", "Cơ quan, đơn vị ...". */
    static final Set<String> GROUP_NOUN_OPENERS = Set.of("cap uy", "chinh quyen", "co quan", "don vi",
            "dia phuong", "to chuc dang", "dang uy cac cap", "cac cap uy", "to chuc chinh tri xa hoi", "doan the");

    /** Titles of persons that stand for their body: "Giám đốc Sở Y tế", "Chủ tịch UBND huyện". */
    static final Set<String> PERSON_TITLES = Set.of("giam doc", "chu tich", "thu truong", "chanh van phong",
            "truong ban", "cuc truong", "chanh thanh tra", "bi thu", "tong giam doc", "hieu truong", "vien truong");

    static final List<String> TITLE_ABBREVIATIONS = List.of("UBND", "HĐND");
}
