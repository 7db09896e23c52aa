package org.vanban.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.vanban.domain.ClauseKind;

@Entity
@Table(name = "clause")
public class ClauseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_seq")
    @SequenceGenerator(name = "clause_seq", sequenceName = "clause_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public DocumentEntity document;

    public int ord;
    public String path;

    @Column(name = "parent_path")
    public String parentPath;

    public String label;
    public String heading;

    @Column(name = "clause_text")
    public String text;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    @Enumerated(EnumType.STRING)
    public ClauseKind kind;

    /** Table-row cells as "ROLE\ttext" lines; null for other clauses. */
    public String cells;
}
