package org.vanban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vanban.bench.PostgresPeer.Unit;

/**
 * Reads what the service stored, from its H2 file once the service has stopped: the clauses (the units the
 * PostgreSQL peer indexes, the same ones vanban indexes as clause hits) and the document types and years
 * (for the filtered queries).
 */
final class StoreReader {

    record Stored(List<Unit> clauses, Map<String, Integer> types, Map<Integer, Integer> years, long documents) {

        /** The most frequent document type, null when the parser found none. */
        String commonestType() {
            return types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        /** The median year of the documents' dates, null when none has one. */
        Integer medianYear() {
            List<Integer> all = new ArrayList<>();
            years.forEach((y, n) -> {
                for (int i = 0; i < n; i++) {
                    all.add(y);
                }
            });
            all.sort(null);
            return all.isEmpty() ? null : all.get(all.size() / 2);
        }
    }

    private StoreReader() {
    }

    static Stored read(Path dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("db/vanban").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        List<Unit> clauses = new ArrayList<>();
        Map<String, Integer> types = new LinkedHashMap<>();
        Map<Integer, Integer> years = new LinkedHashMap<>();
        long documents = 0;
        try (Connection c = DriverManager.getConnection(url, "", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select doc_type, extract(year from coalesce(issued_date, meeting_date)) "
                    + "from document")) {
                while (rs.next()) {
                    documents++;
                    String type = rs.getString(1);
                    if (type != null && !type.isBlank()) {
                        types.merge(type.strip().replaceAll("\\s+", " "), 1, Integer::sum);
                    }
                    int year = rs.getInt(2);
                    if (!rs.wasNull()) {
                        years.merge(year, 1, Integer::sum);
                    }
                }
            }
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("select c.document_id, c.path, c.heading, c.clause_text, d.doc_type, "
                    + "extract(year from coalesce(d.issued_date, d.meeting_date)) from clause c "
                    + "join document d on d.id = c.document_id order by c.document_id, c.ord")) {
                while (rs.next()) {
                    String heading = rs.getString(3);
                    String text = rs.getString(4);
                    String full = heading == null || heading.isBlank() ? text
                            : text == null || text.isBlank() ? heading : heading + "\n" + text;
                    if (full == null || full.isBlank()) {
                        continue;
                    }
                    int year = rs.getInt(6);
                    Integer y = rs.wasNull() ? null : year;
                    String type = rs.getString(5);
                    clauses.add(new Unit(rs.getLong(1), rs.getString(2),
                            type == null ? null : type.strip().replaceAll("\\s+", " "), y, full));
                }
            }
        }
        return new Stored(clauses, types, years, documents);
    }

    /** Fallback units when the store has no clauses: one per non-blank line of each file. */
    static List<Unit> paragraphs(List<Path> files) throws IOException {
        List<Unit> units = new ArrayList<>();
        long id = 0;
        for (Path f : files) {
            id++;
            int n = 0;
            for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    units.add(new Unit(id, Integer.toString(++n), null, null, line.strip()));
                }
            }
        }
        return units;
    }
}
