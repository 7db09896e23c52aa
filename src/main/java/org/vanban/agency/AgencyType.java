package org.vanban.agency;

/** What kind of body an agency is. */
public enum AgencyType {
    /** Bộ and ministry-level bodies: "Bộ Tài chính", "Ủy ban Dân tộc", "Thanh tra Chính phủ". */
    MINISTRY,
    /** A provincial department: "Sở Giao thông vận tải". */
    DEPARTMENT,
    /** Ủy ban nhân dân at any level: "Ủy ban nhân dân huyện Cát Hải". */
    PEOPLES_COMMITTEE,
    /** Hội đồng nhân dân at any level. */
    PEOPLES_COUNCIL,
    /** A board: "Ban Quản lý khu kinh tế", "Ban Dân tộc". */
    BOARD,
    /** Cục, Tổng cục, Chi cục: "Cục Thuế thành phố". */
    AGENCY_OFFICE,
    /** Thanh tra: "Thanh tra tỉnh". */
    INSPECTORATE,
    /** Công an: "Công an thành phố". */
    POLICE,
    /** The armed forces: "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng thành phố". */
    ARMED_FORCES,
    /** Party bodies: "Thành ủy", "Ban Tuyên giáo Tỉnh ủy", "Đảng đoàn Hội đồng nhân dân thành phố". */
    PARTY,
    /** Mặt trận Tổ quốc and the mass organisations: "Hội Liên hiệp Phụ nữ tỉnh", "Thành đoàn". */
    FRONT_AND_MASS_ORGANISATION,
    /** Schools, universities and institutes: "Trường Đại học Y Dược Hải Phòng", "Viện Y học biển Việt Nam". */
    SCHOOL_OR_INSTITUTE,
    /** State-owned enterprises: "Tổng công ty Hàng hải Việt Nam". */
    STATE_ENTERPRISE,
    /** Other state bodies: "Chính phủ", "Quốc hội", "Kho bạc Nhà nước tỉnh", "Văn phòng Ủy ban nhân dân tỉnh". */
    STATE_BODY,
    /** A province or city named as an actor: "Thành phố Hải Phòng". */
    LOCALITY,
    /** Recognised by form but of no kind above. */
    OTHER
}
