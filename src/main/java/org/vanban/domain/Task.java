package org.vanban.domain;

import java.util.List;

/**
 * A clause that assigns work.
 *
 * @param clausePath  the clause the task was read from
 * @param text        the task itself (for a table row, the task column)
 * @param lead        lead agencies (chủ trì)
 * @param cooperating cooperating agencies (phối hợp)
 * @param collective  assigned only to a group ("các sở, ban, ngành") rather than named agencies
 * @param product     the expected product when stated ("Quyết định của UBND thành phố"), otherwise null
 * @param deadline    the deadline, {@link Deadline#none()} when none is stated
 */
public record Task(
        String clausePath,
        String text,
        List<AgencyRef> lead,
        List<AgencyRef> cooperating,
        boolean collective,
        String product,
        Deadline deadline) {

    public Task {
        lead = List.copyOf(lead);
        cooperating = List.copyOf(cooperating);
        deadline = deadline == null ? Deadline.none() : deadline;
    }
}
