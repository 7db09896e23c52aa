package org.vanban.domain;

/**
 * An agency named in a text, resolved against the agency register.
 *
 * @param agencyId  the register id ("so-giao-thong-van-tai"); agencies recognised by form but absent from
 *                  the register get a stable id derived from their canonical name
 * @param name      the canonical name ("Sở Giao thông vận tải")
 * @param asWritten the name as the text wrote it ("Sở GTVT")
 */
public record AgencyRef(String agencyId, String name, String asWritten) {
}
