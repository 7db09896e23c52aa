package org.vanban.agency;

import java.util.List;

/**
 * One body of the agency register.
 *
 * @param id      stable ASCII slug ("so-giao-thong-van-tai"); never changes once published
 * @param name    canonical name ("Sở Giao thông vận tải"); names of provincial bodies are relative to their
 *                province ("Công an thành phố", "Công an tỉnh")
 * @param type    what kind of body it is
 * @param level   its administrative level
 * @param aliases other spellings and abbreviations ("Sở GTVT", "Sở Giao thông - Vận tải")
 */
public record Agency(String id, String name, AgencyType type, AgencyLevel level, List<String> aliases) {

    public Agency {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        type = type == null ? AgencyType.OTHER : type;
        level = level == null ? AgencyLevel.UNKNOWN : level;
    }
}
