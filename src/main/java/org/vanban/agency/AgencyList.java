package org.vanban.agency;

import java.util.List;

/**
 * A list of actors as a sentence names them: "Sở Tài chính, Sở Xây dựng và các sở, ban, ngành liên quan".
 *
 * @param agencies  the named agencies, in order, without duplicates
 * @param groups    generic groups as written ("các sở, ban, ngành liên quan"); never agencies
 * @param allLevels true when the list is qualified by "các cấp" ("Mặt trận Tổ quốc Việt Nam và các tổ chức
 *                  chính trị - xã hội các cấp"): the bodies of every level, i.e. a group
 * @param start     offset where the list starts in the text read
 * @param end       offset just past the list in the text read (the start offset when nothing was read)
 */
public record AgencyList(List<AgencyMention> agencies, List<String> groups, boolean allLevels, int start, int end) {

    public AgencyList {
        agencies = List.copyOf(agencies);
        groups = List.copyOf(groups);
    }

    public static AgencyList empty(int at) {
        return new AgencyList(List.of(), List.of(), false, at, at);
    }

    public boolean isEmpty() {
        return agencies.isEmpty() && groups.isEmpty();
    }

    /** Only groups (or bodies of every level), no named agency: a task so assigned is collective. */
    public boolean isGroupOnly() {
        return !isEmpty() && (agencies.isEmpty() || allLevels);
    }
}
