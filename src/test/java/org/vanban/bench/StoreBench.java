package org.vanban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.vanban.domain.Clause;
import org.vanban.domain.Document;
import org.vanban.domain.Task;
import org.vanban.parse.VietnameseText;

/**
 * The database write path alone: already-parsed documents stored into a fresh H2 file database with the
 * migration's schema, one transaction per document and batched inserts as Hibernate issues them, once per set of
 * URL options given, in the same run. Prints seconds, MB/s of input text and the database file size. Not a test.
 *
 * <p>Properties: {@code bench.docs} (default 300), {@code bench.rounds} (2), {@code bench.h2options} (sets separated by "|", each a
 * ";"-separated list appended to the URL; default the options the service used before, then with {@code COMPRESS=TRUE} as it uses now).
 */
public final class StoreBench {

    private static final String OPTIONS_BEFORE = "DB_CLOSE_ON_EXIT=FALSE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        int docs = Integer.getInteger("bench.docs", 300);
        String[] optionSets = System.getProperty("bench.h2options", OPTIONS_BEFORE + "|" + OPTIONS_BEFORE
                + ";COMPRESS=TRUE").split("\\|");
        ParsedCorpus corpus = ParsedCorpus.firstOf1000(root, docs);
        List<Document> parsed = corpus.documents();
        long bytes = corpus.bytes();
        String schema = Files.readString(root.resolve("src/main/resources/db/migration/V1__schema.sql"));
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB of input text%n", docs, bytes / 1e6);
        for (int round = 0; round < Integer.getInteger("bench.rounds", 2); round++) {
            for (int s = 0; s < optionSets.length; s++) {
                Path dir = root.resolve("target/bench/store-" + s);
                BenchFiles.deleteTree(dir);
                Files.createDirectories(dir);
                String url = "jdbc:h2:file:" + dir.resolve("vanban") + ";" + optionSets[s];
                long t0 = System.nanoTime();
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    try (Statement st = c.createStatement()) {
                        for (String sql : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                            if (!sql.isBlank()) {
                                st.execute(sql);
                            }
                        }
                    }
                    c.setAutoCommit(false);
                    long id = 1;
                    for (Document d : parsed) {
                        id = store(c, d, id);
                        c.commit();
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                long size;
                try (Stream<Path> all = Files.walk(dir)) {
                    size = all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
                }
                System.out.printf(Locale.ROOT, "round %d  %-110s %6.2f s %6.2f MB/s  db %6.1f MB (%.2fx input)%n",
                        round, optionSets[s], seconds, bytes / 1e6 / seconds, size / 1e6, size / (double) bytes);
                if (round == 0 && s == 0) {
                    try (Connection c = DriverManager.getConnection(url, "sa", "");
                            ResultSet rs = c.createStatement().executeQuery("select table_name, column_name, "
                                    + "data_type from information_schema.columns where data_type like '%LARGE%'")) {
                        while (rs.next()) {
                            System.out.println("  large object column: " + rs.getString(1) + "." + rs.getString(2)
                                    + " " + rs.getString(3));
                        }
                    }
                }
            }
        }
    }

    /** The rows Hibernate writes for one document; returns the next free id. */
    private static long store(Connection c, Document d, long id) throws Exception {
        long documentId = id++;
        try (PreparedStatement ps = c.prepareStatement("insert into document (id, source_name, sha256, media_type, "
                + "size_bytes, doc_number, number_key, doc_type, issuer, place, issued_date, meeting_date, title, "
                + "signer, about, source_site, body, warnings, ingested_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, current_timestamp)")) {
            ps.setLong(1, documentId);
            ps.setString(2, d.sourceName());
            ps.setString(3, d.sha256());
            ps.setString(4, "text/plain");
            ps.setLong(5, d.text().length());
            ps.setString(6, d.header().number());
            ps.setString(7, d.header().number());
            ps.setString(8, d.header().type());
            ps.setString(9, d.header().issuer());
            ps.setString(10, d.header().place());
            ps.setObject(11, d.header().issuedDate());
            ps.setObject(12, d.header().meetingDate());
            ps.setString(13, d.header().title());
            ps.setString(14, d.header().signer());
            ps.setString(15, d.header().about());
            ps.setString(16, d.header().source());
            ps.setString(17, d.text());
            ps.setString(18, String.join("\n", d.warnings()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into clause (id, document_id, ord, path, parent_path, "
                + "label, heading, clause_text, start_offset, end_offset, kind, cells) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)")) {
            int ord = 0;
            for (Clause cl : d.clauses()) {
                ps.setLong(1, id++);
                ps.setLong(2, documentId);
                ps.setInt(3, ord++);
                ps.setString(4, cl.path());
                ps.setString(5, cl.parentPath());
                ps.setString(6, cl.label());
                ps.setString(7, cl.heading());
                ps.setString(8, cl.text());
                ps.setInt(9, cl.start());
                ps.setInt(10, cl.end());
                ps.setString(11, cl.kind().name());
                ps.setString(12, cl.cells().isEmpty() ? null : cl.cells().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into task (id, document_id, ord, clause_path, "
                + "task_text, text_folded, collective, product, deadline_text, deadline_from, deadline_to, "
                + "deadline_kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Task t : d.tasks()) {
                ps.setLong(1, id++);
                ps.setLong(2, documentId);
                ps.setInt(3, ord++);
                ps.setString(4, t.clausePath());
                ps.setString(5, t.text());
                ps.setString(6, VietnameseText.fold(t.text()));
                ps.setBoolean(7, t.collective());
                ps.setString(8, t.product());
                ps.setString(9, t.deadline().text());
                ps.setObject(10, t.deadline().from());
                ps.setObject(11, t.deadline().to());
                ps.setString(12, t.deadline().kind().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }
}
