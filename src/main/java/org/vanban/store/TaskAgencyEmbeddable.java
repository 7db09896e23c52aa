package org.vanban.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One agency named by a task, with its role. */
@Embeddable
public class TaskAgencyEmbeddable {

    public static final String LEAD = "LEAD";
    public static final String COOPERATING = "COOPERATING";

    @Column(name = "agency_role")
    public String role;

    @Column(name = "agency_id")
    public String agencyId;

    @Column(name = "agency_name")
    public String name;

    @Column(name = "as_written")
    public String asWritten;
}
