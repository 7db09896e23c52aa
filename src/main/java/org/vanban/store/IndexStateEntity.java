package org.vanban.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row counting index-affecting writes; see {@link IndexStateRepository}. */
@Entity
@Table(name = "index_state")
public class IndexStateEntity {

    @Id
    public Integer id;

    public long generation;
}
