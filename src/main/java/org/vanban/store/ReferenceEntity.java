package org.vanban.store;

import java.time.LocalDate;

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

import org.vanban.domain.ReferenceRelation;

@Entity
@Table(name = "doc_reference")
public class ReferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "doc_reference_seq")
    @SequenceGenerator(name = "doc_reference_seq", sequenceName = "doc_reference_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public DocumentEntity document;

    public int ord;

    @Column(name = "ref_number")
    public String number;

    @Column(name = "number_key")
    public String numberKey;

    @Column(name = "as_written")
    public String asWritten;

    @Column(name = "ref_type")
    public String type;

    @Column(name = "ref_date")
    public LocalDate date;

    public String issuer;

    @Enumerated(EnumType.STRING)
    public ReferenceRelation relation;

    @Column(name = "clause_path")
    public String clausePath;

    @Column(name = "partial_ref")
    public boolean partial;
}
