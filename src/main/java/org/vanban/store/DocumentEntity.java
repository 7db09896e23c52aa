package org.vanban.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored document. The aggregate root: clauses, tasks, targets and references go with it. */
@Entity
@Table(name = "document")
public class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;

    @Column(name = "source_name", nullable = false)
    public String sourceName;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    /**
     * The corpus file's last-modified time when this content was stored from it; null for uploads. A corpus
     * pass takes a file with this name, size and time as already stored without reading it.
     */
    @Column(name = "source_modified_at")
    public OffsetDateTime sourceModifiedAt;

    @Column(name = "doc_number")
    public String number;

    @Column(name = "number_key")
    public String numberKey;

    @Column(name = "doc_type")
    public String type;

    public String issuer;
    public String place;

    @Column(name = "issued_date")
    public LocalDate issuedDate;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    public String title;
    public String signer;
    public String about;

    @Column(name = "source_site")
    public String sourceSite;

    @Column(name = "body", nullable = false)
    public String text;

    /** One warning per line. */
    public String warnings;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ord")
    public List<ClauseEntity> clauses = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ord")
    public List<TaskEntity> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ord")
    public List<TargetEntity> targets = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ord")
    public List<ReferenceEntity> references = new ArrayList<>();

    /** The date a reader would sort by: issue date, else meeting date. */
    public LocalDate effectiveDate() {
        return issuedDate != null ? issuedDate : meetingDate;
    }
}
