package org.vanban.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.vanban.domain.DeadlineKind;

@Entity
@Table(name = "task")
public class TaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public DocumentEntity document;

    public int ord;

    @Column(name = "clause_path")
    public String clausePath;

    @Column(name = "task_text")
    public String text;

    /** {@link #text} folded (no diacritics, lower case) so that "giao thong" finds "giao thông". */
    @Column(name = "text_folded")
    public String textFolded;

    public boolean collective;
    public String product;

    @Column(name = "deadline_text")
    public String deadlineText;

    @Column(name = "deadline_from")
    public LocalDate deadlineFrom;

    @Column(name = "deadline_to")
    public LocalDate deadlineTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DeadlineKind deadlineKind;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "task_agency", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "ord")
    public List<TaskAgencyEmbeddable> agencies = new ArrayList<>();
}
