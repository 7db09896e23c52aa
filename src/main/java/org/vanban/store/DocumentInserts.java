package org.vanban.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Writes a new document and all its children with plain JDBC batches, in the caller's transaction (the datasource
 * enlists its connection there). The rows are those Hibernate would write for the same entities, built by
 * {@link DocumentMapper#fill}; reads, replacements and deletes still go through the entities.
 *
 * <p>Why not {@code persist} and {@code flush}: for a document of a hundred clauses, fifty tasks and their agencies,
 * Hibernate's entity events, action queue and per-row bookkeeping took about as much of the storing thread's time in
 * a bulk load as the database's own work on the same inserts (a third of the thread's samples each).
 *
 * <p>Ids come from the tables' sequences as Hibernate's pooled-lo optimizer takes them (Quarkus's default): a
 * sequence value {@code v} reserves {@code v} to {@code v + 49}, so ids taken here and by Hibernate never meet.
 */
@ApplicationScoped
public class DocumentInserts {

    /** The sequences' increment (V1 migration) and the entities' allocation size. */
    static final int ID_BLOCK = 50;

    private static final String INSERT_DOCUMENT = "insert into document (id, source_name, sha256, media_type, "
            + "size_bytes, source_modified_at, doc_number, number_key, doc_type, issuer, place, issued_date, "
            + "meeting_date, title, signer, about, source_site, body, warnings, ingested_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CLAUSE = "insert into clause (id, document_id, ord, path, parent_path, label, "
            + "heading, clause_text, start_offset, end_offset, kind, cells) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TASK = "insert into task (id, document_id, ord, clause_path, task_text, "
            + "text_folded, collective, product, deadline_text, deadline_from, deadline_to, deadline_kind) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TASK_AGENCY = "insert into task_agency (task_id, ord, agency_role, agency_id, "
            + "agency_name, as_written) values (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TARGET = "insert into target (id, document_id, ord, clause_path, group_heading, "
            + "target_text, text_folded, target_year, indicator) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TARGET_VALUE = "insert into target_value (target_id, ord, num_value, num_upper, "
            + "unit, comparator) values (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_REFERENCE = "insert into doc_reference (id, document_id, ord, ref_number, "
            + "number_key, as_written, ref_type, ref_date, issuer, relation, clause_path, partial_ref) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    private final IdBlock documentIds = new IdBlock("document_seq");
    private final IdBlock clauseIds = new IdBlock("clause_seq");
    private final IdBlock taskIds = new IdBlock("task_seq");
    private final IdBlock targetIds = new IdBlock("target_seq");
    private final IdBlock referenceIds = new IdBlock("doc_reference_seq");

    /**
     * Inserts {@code document} (new: no id yet) and its clauses, tasks, targets and references; sets the ids on the
     * entities and returns the document's. A duplicate hash fails on the unique constraint, as a
     * {@link PersistenceException} whose cause is the {@link SQLException}.
     */
    public long insert(DocumentEntity document) {
        try (Connection connection = dataSource.getConnection()) {
            document.id = documentIds.next(connection);
            insertDocument(connection, document);
            insertClauses(connection, document);
            insertTasks(connection, document);
            insertTargets(connection, document);
            insertReferences(connection, document);
            return document.id;
        } catch (SQLException e) {
            throw new PersistenceException("Storing " + document.sourceName + " failed: " + e.getMessage(), e);
        }
    }

    private static void insertDocument(Connection connection, DocumentEntity d) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_DOCUMENT)) {
            Row row = new Row(s);
            row.set(d.id).set(d.sourceName).set(d.sha256).set(d.mediaType).set(d.sizeBytes).set(d.sourceModifiedAt)
                    .set(d.number).set(d.numberKey).set(d.type).set(d.issuer).set(d.place).set(d.issuedDate)
                    .set(d.meetingDate).set(d.title).set(d.signer).set(d.about).set(d.sourceSite).set(d.text)
                    .set(d.warnings).set(d.ingestedAt).set(d.updatedAt);
            s.executeUpdate();
        }
    }

    private void insertClauses(Connection connection, DocumentEntity d) throws SQLException {
        if (d.clauses.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT_CLAUSE)) {
            for (ClauseEntity c : d.clauses) {
                c.id = clauseIds.next(connection);
                new Row(s).set(c.id).set(d.id).set(c.ord).set(c.path).set(c.parentPath).set(c.label).set(c.heading)
                        .set(c.text).set(c.start).set(c.end).set(name(c.kind)).set(c.cells);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertTasks(Connection connection, DocumentEntity d) throws SQLException {
        if (d.tasks.isEmpty()) {
            return;
        }
        try (PreparedStatement tasks = connection.prepareStatement(INSERT_TASK);
                PreparedStatement agencies = connection.prepareStatement(INSERT_TASK_AGENCY)) {
            for (TaskEntity t : d.tasks) {
                t.id = taskIds.next(connection);
                new Row(tasks).set(t.id).set(d.id).set(t.ord).set(t.clausePath).set(t.text).set(t.textFolded)
                        .set(t.collective).set(t.product).set(t.deadlineText).set(t.deadlineFrom).set(t.deadlineTo)
                        .set(name(t.deadlineKind));
                tasks.addBatch();
                int ord = 0;
                for (TaskAgencyEmbeddable a : t.agencies) {
                    new Row(agencies).set(t.id).set(ord++).set(a.role).set(a.agencyId).set(a.name).set(a.asWritten);
                    agencies.addBatch();
                }
            }
            tasks.executeBatch();
            agencies.executeBatch();
        }
    }

    private void insertTargets(Connection connection, DocumentEntity d) throws SQLException {
        if (d.targets.isEmpty()) {
            return;
        }
        try (PreparedStatement targets = connection.prepareStatement(INSERT_TARGET);
                PreparedStatement values = connection.prepareStatement(INSERT_TARGET_VALUE)) {
            for (TargetEntity t : d.targets) {
                t.id = targetIds.next(connection);
                new Row(targets).set(t.id).set(d.id).set(t.ord).set(t.clausePath).set(t.group).set(t.text)
                        .set(t.textFolded).set(t.year).set(t.indicator);
                targets.addBatch();
                int ord = 0;
                for (TargetValueEmbeddable v : t.values) {
                    new Row(values).set(t.id).set(ord++).set(v.value).set(v.upper).set(v.unit).set(v.comparator);
                    values.addBatch();
                }
            }
            targets.executeBatch();
            values.executeBatch();
        }
    }

    private void insertReferences(Connection connection, DocumentEntity d) throws SQLException {
        if (d.references.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT_REFERENCE)) {
            for (ReferenceEntity r : d.references) {
                r.id = referenceIds.next(connection);
                new Row(s).set(r.id).set(d.id).set(r.ord).set(r.number).set(r.numberKey).set(r.asWritten).set(r.type)
                        .set(r.date).set(r.issuer).set(name(r.relation)).set(r.clausePath).set(r.partial);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** How the entities store their enums ({@code EnumType.STRING}). */
    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Binds one row's values in column order; nulls typed from the Java value's kind. */
    private static final class Row {

        private final PreparedStatement statement;
        private int column = 1;

        Row(PreparedStatement statement) {
            this.statement = statement;
        }

        Row set(Object value) throws SQLException {
            if (value == null) {
                statement.setNull(column++, Types.NULL);
            } else {
                statement.setObject(column++, value);
            }
            return this;
        }
    }

    /** Ids from one sequence, a block of {@link #ID_BLOCK} per sequence value, as Hibernate's pooled-lo takes them. */
    private static final class IdBlock {

        private final String nextValue;
        private long next;
        private long end;

        IdBlock(String sequence) {
            this.nextValue = "select nextval('" + sequence + "')";
        }

        synchronized long next(Connection connection) throws SQLException {
            if (next >= end) {
                try (PreparedStatement s = connection.prepareStatement(nextValue); ResultSet r = s.executeQuery()) {
                    r.next();
                    next = r.getLong(1);
                    end = next + ID_BLOCK;
                }
            }
            return next++;
        }
    }
}
