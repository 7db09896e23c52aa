package org.vanban.store;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "target")
public class TargetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_seq")
    @SequenceGenerator(name = "target_seq", sequenceName = "target_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public DocumentEntity document;

    public int ord;

    @Column(name = "clause_path")
    public String clausePath;

    @Column(name = "group_heading")
    public String group;

    @Column(name = "target_text")
    public String text;

    /** {@link #text} folded (no diacritics, lower case) for diacritic-insensitive filtering. */
    @Column(name = "text_folded")
    public String textFolded;

    @Column(name = "target_year")
    public Integer year;

    public String indicator;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "target_value", joinColumns = @JoinColumn(name = "target_id"))
    @OrderColumn(name = "ord")
    public List<TargetValueEmbeddable> values = new ArrayList<>();
}
