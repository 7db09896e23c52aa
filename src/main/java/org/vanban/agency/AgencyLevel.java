package org.vanban.agency;

/** The administrative level an agency belongs to. */
public enum AgencyLevel {
    /** Trung ương: ministries, the Party's central bodies. */
    CENTRAL,
    /** Cấp tỉnh: provinces and centrally run cities, and their departments. */
    PROVINCE,
    /** Cấp huyện: districts, urban districts, towns. */
    DISTRICT,
    /** Cấp xã: communes, wards, townships. */
    COMMUNE,
    /** Not known (an agency recognised by form only). */
    UNKNOWN
}
