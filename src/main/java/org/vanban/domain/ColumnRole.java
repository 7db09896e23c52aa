package org.vanban.domain;

/** The meaning of a table column, recognised from its header whatever its exact wording. */
public enum ColumnRole {
    /** "TT", "STT": the row number. */
    NUMBER,
    /** "Nhiệm vụ", "Nội dung công việc", "Tên nhiệm vụ". */
    TASK,
    /** "Cơ quan chủ trì", "Đơn vị chủ trì". */
    LEAD,
    /** "Cơ quan phối hợp", "Đơn vị phối hợp". */
    COOPERATING,
    /** "Sản phẩm", "Hình thức văn bản". */
    PRODUCT,
    /** "Thời gian", "Thời hạn hoàn thành", "Tiến độ". */
    DEADLINE,
    /** Any column whose meaning is not one of the above. */
    OTHER
}
