package org.vanban.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vanban.domain.AgencyRef;
import org.vanban.domain.Clause;
import org.vanban.domain.ColumnRole;
import org.vanban.domain.Deadline;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Reference;
import org.vanban.domain.Target;
import org.vanban.domain.TargetValue;
import org.vanban.domain.Task;
import org.vanban.parse.VietnameseText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Domain aggregate ↔ entities, both ways (the way back feeds index rebuilds from the database). Pure. */
public final class DocumentMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<ColumnRole, String>> CELLS = new TypeReference<>() {
    };

    private DocumentMapper() {
    }

    /**
     * Copies {@code doc} into {@code entity}, replacing every child; keeps the id and ingest time.
     * {@code sourceModifiedAt} is the corpus file's last-modified time, null when the bytes did not come from
     * the corpus folder (an upload, a replacement).
     */
    public static void fill(DocumentEntity entity, Document doc, String mediaType, long sizeBytes,
            OffsetDateTime sourceModifiedAt, OffsetDateTime now) {
        DocumentHeader h = doc.header();
        entity.sourceName = doc.sourceName();
        entity.sha256 = doc.sha256();
        entity.mediaType = mediaType;
        entity.sizeBytes = sizeBytes;
        entity.sourceModifiedAt = sourceModifiedAt;
        entity.number = h.number();
        entity.numberKey = NumberKeys.of(h.number());
        entity.type = h.type();
        entity.issuer = h.issuer();
        entity.place = h.place();
        entity.issuedDate = h.issuedDate();
        entity.meetingDate = h.meetingDate();
        entity.title = h.title();
        entity.signer = h.signer();
        entity.about = h.about();
        entity.sourceSite = h.source();
        entity.text = doc.text();
        entity.warnings = doc.warnings().isEmpty() ? null : String.join("\n", doc.warnings());
        if (entity.ingestedAt == null) {
            entity.ingestedAt = now;
        }
        entity.updatedAt = now;

        entity.clauses.clear();
        entity.tasks.clear();
        entity.targets.clear();
        entity.references.clear();
        int ord = 0;
        for (Clause c : doc.clauses()) {
            entity.clauses.add(toEntity(entity, ord++, c));
        }
        ord = 0;
        for (Task t : doc.tasks()) {
            entity.tasks.add(toEntity(entity, ord++, t));
        }
        ord = 0;
        for (Target t : doc.targets()) {
            entity.targets.add(toEntity(entity, ord++, t));
        }
        ord = 0;
        for (Reference r : doc.references()) {
            entity.references.add(toEntity(entity, ord++, r));
        }
    }

    public static Document toDomain(DocumentEntity e) {
        DocumentHeader header = new DocumentHeader(e.number, e.type, e.issuer, e.place, e.issuedDate,
                e.meetingDate, e.title, e.signer, e.about, e.sourceSite);
        return new Document(e.sourceName, e.sha256, header, e.text,
                e.clauses.stream().map(DocumentMapper::toDomain).toList(),
                e.tasks.stream().map(DocumentMapper::toDomain).toList(),
                e.targets.stream().map(DocumentMapper::toDomain).toList(),
                e.references.stream().map(DocumentMapper::toDomain).toList(),
                warnings(e));
    }

    public static List<String> warnings(DocumentEntity e) {
        return e.warnings == null || e.warnings.isEmpty() ? List.of() : List.of(e.warnings.split("\n"));
    }

    public static Clause toDomain(ClauseEntity c) {
        return new Clause(c.path, c.parentPath, c.label, c.heading, c.text, c.start, c.end, c.kind, cells(c.cells));
    }

    public static Task toDomain(TaskEntity t) {
        List<AgencyRef> lead = new ArrayList<>();
        List<AgencyRef> cooperating = new ArrayList<>();
        for (TaskAgencyEmbeddable a : t.agencies) {
            AgencyRef ref = new AgencyRef(a.agencyId, a.name, a.asWritten);
            (TaskAgencyEmbeddable.LEAD.equals(a.role) ? lead : cooperating).add(ref);
        }
        return new Task(t.clausePath, t.text, lead, cooperating, t.collective, t.product,
                new Deadline(t.deadlineText, t.deadlineFrom, t.deadlineTo, t.deadlineKind));
    }

    public static Target toDomain(TargetEntity t) {
        return new Target(t.clausePath, t.group, t.text, t.year,
                t.values.stream().map(v -> new TargetValue(v.value, v.upper, v.unit, v.comparator)).toList(),
                t.indicator);
    }

    public static Reference toDomain(ReferenceEntity r) {
        return new Reference(r.number, r.asWritten, r.type, r.date, r.issuer, r.relation, r.clausePath, r.partial);
    }

    private static ClauseEntity toEntity(DocumentEntity doc, int ord, Clause c) {
        ClauseEntity e = new ClauseEntity();
        e.document = doc;
        e.ord = ord;
        e.path = c.path();
        e.parentPath = c.parentPath();
        e.label = c.label();
        e.heading = c.heading();
        e.text = c.text();
        e.start = c.start();
        e.end = c.end();
        e.kind = c.kind();
        e.cells = c.cells().isEmpty() ? null : json(c.cells());
        return e;
    }

    private static TaskEntity toEntity(DocumentEntity doc, int ord, Task t) {
        TaskEntity e = new TaskEntity();
        e.document = doc;
        e.ord = ord;
        e.clausePath = t.clausePath();
        e.text = t.text();
        e.textFolded = VietnameseText.fold(t.text());
        e.collective = t.collective();
        e.product = t.product();
        e.deadlineText = t.deadline().text();
        e.deadlineFrom = t.deadline().from();
        e.deadlineTo = t.deadline().to();
        e.deadlineKind = t.deadline().kind();
        for (AgencyRef a : t.lead()) {
            e.agencies.add(agency(TaskAgencyEmbeddable.LEAD, a));
        }
        for (AgencyRef a : t.cooperating()) {
            e.agencies.add(agency(TaskAgencyEmbeddable.COOPERATING, a));
        }
        return e;
    }

    private static TaskAgencyEmbeddable agency(String role, AgencyRef a) {
        TaskAgencyEmbeddable e = new TaskAgencyEmbeddable();
        e.role = role;
        e.agencyId = a.agencyId();
        e.name = a.name();
        e.asWritten = a.asWritten();
        return e;
    }

    private static TargetEntity toEntity(DocumentEntity doc, int ord, Target t) {
        TargetEntity e = new TargetEntity();
        e.document = doc;
        e.ord = ord;
        e.clausePath = t.clausePath();
        e.group = t.group();
        e.text = t.text();
        e.textFolded = VietnameseText.fold(t.text());
        e.year = t.year();
        e.indicator = t.indicator();
        for (TargetValue v : t.values()) {
            TargetValueEmbeddable ve = new TargetValueEmbeddable();
            ve.value = v.value();
            ve.upper = v.upper();
            ve.unit = v.unit();
            ve.comparator = v.comparator();
            e.values.add(ve);
        }
        return e;
    }

    private static ReferenceEntity toEntity(DocumentEntity doc, int ord, Reference r) {
        ReferenceEntity e = new ReferenceEntity();
        e.document = doc;
        e.ord = ord;
        e.number = r.number();
        e.numberKey = NumberKeys.of(r.number());
        e.asWritten = r.asWritten();
        e.type = r.type();
        e.date = r.date();
        e.issuer = r.issuer();
        e.relation = r.relation();
        e.clausePath = r.clausePath();
        e.partial = r.partial();
        return e;
    }

    private static String json(Map<ColumnRole, String> cells) {
        try {
            return JSON.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table cells are plain strings", e);
        }
    }

    private static Map<ColumnRole, String> cells(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return new EnumMap<>(JSON.readValue(json, CELLS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored table cells are not valid JSON", e);
        }
    }
}
