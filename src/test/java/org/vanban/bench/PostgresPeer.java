package org.vanban.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.vanban.bench.BenchQueries.BenchQuery;

/**
 * What a team would build instead: PostgreSQL full-text search over the same clauses, a stored generated
 * {@code tsvector} of the {@code unaccent}ed text ('simple' configuration: Vietnamese has no stemmer), a GIN
 * index, {@code websearch_to_tsquery} for the user's words and quoted phrases, {@code ts_rank}, LIMIT 10,
 * over JDBC with a small fixed pool. Lives in its own schema of the local database {@code test}.
 */
final class PostgresPeer implements SearchLoad.Executor, AutoCloseable {

    static final String URL = System.getProperty("bench.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&reWriteBatchedInserts=true");
    static final String SCHEMA = "vanban_bench";
    static final int POOL_SIZE = Integer.getInteger("bench.pg.pool", 8);

    /** One searchable unit: a clause as vanban stores it, with the document metadata the filters need. */
    record Unit(long documentId, String path, String type, Integer year, String text) {
    }

    record LoadResult(long units, double seconds, long tableBytes, long indexBytes) {
    }

    private final BlockingQueue<Session> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    private final List<Session> sessions = new ArrayList<>();

    private PostgresPeer() {
    }

    /** Null, with the reason printed, when PostgreSQL does not answer. */
    static PostgresPeer connectOrNull() {
        try {
            DriverManager.setLoginTimeout(5);
            PostgresPeer peer = new PostgresPeer();
            try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
                s.execute("create schema if not exists " + SCHEMA);
                s.execute("create extension if not exists unaccent schema " + SCHEMA);
                String extensionSchema;
                try (ResultSet rs = s.executeQuery("select extnamespace::regnamespace::text from pg_extension "
                        + "where extname = 'unaccent'")) {
                    rs.next();
                    extensionSchema = rs.getString(1);
                }
                // unaccent() is only STABLE (it reads a dictionary); the usual immutable wrapper lets a
                // generated column and the index use it
                s.execute("create or replace function " + SCHEMA + ".f_unaccent(text) returns text language sql "
                        + "immutable parallel safe strict as $$ select " + extensionSchema + ".unaccent('"
                        + extensionSchema + ".unaccent'::regdictionary, $1) $$");
            }
            return peer;
        } catch (SQLException e) {
            System.out.println("PostgreSQL peer skipped: " + URL + " unreachable or unusable: " + e.getMessage());
            return null;
        }
    }

    static String version() {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL (version unknown)";
        }
    }

    /** Replaces the table with {@code units}, builds the GIN index; the time includes both. */
    LoadResult load(List<Unit> units) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(URL)) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists " + SCHEMA + ".clause");
                s.execute("create table " + SCHEMA + ".clause (id bigserial primary key, document_id bigint not null, "
                        + "path text, doc_type text, year integer, body text not null, tsv tsvector generated always "
                        + "as (to_tsvector('simple', " + SCHEMA + ".f_unaccent(body))) stored)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into " + SCHEMA
                    + ".clause (document_id, path, doc_type, year, body) values (?, ?, ?, ?, ?)")) {
                int batch = 0;
                for (Unit u : units) {
                    insert.setLong(1, u.documentId());
                    insert.setString(2, u.path());
                    insert.setString(3, u.type());
                    if (u.year() == null) {
                        insert.setNull(4, Types.INTEGER);
                    } else {
                        insert.setInt(4, u.year());
                    }
                    insert.setString(5, u.text());
                    insert.addBatch();
                    if (++batch % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // what anyone building a large GIN index sets first; the machine has RAM to spare
                s.execute("set maintenance_work_mem = '512MB'");
                s.execute("create index clause_tsv_idx on " + SCHEMA + ".clause using gin (tsv)");
                s.execute("create index clause_type_idx on " + SCHEMA + ".clause (doc_type)");
                s.execute("vacuum analyze " + SCHEMA + ".clause");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                // untimed: written out now, the load's dirty pages do not compete with the measurements that follow
                s.execute("checkpoint");
            }
            long table;
            long index;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_table_size('" + SCHEMA
                    + ".clause'), pg_indexes_size('" + SCHEMA + ".clause')")) {
                rs.next();
                table = rs.getLong(1);
                index = rs.getLong(2);
            }
            return new LoadResult(units.size(), seconds, table, index);
        }
    }

    /** Opens the pool; call after {@link #load}, and {@link #close} before the next load. */
    void openPool() throws SQLException {
        close();
        for (int i = 0; i < POOL_SIZE; i++) {
            Session session = new Session(DriverManager.getConnection(URL));
            sessions.add(session);
            pool.add(session);
        }
    }

    @Override
    public void execute(BenchQuery query) throws SQLException, InterruptedException {
        Session session = pool.take();
        try {
            PreparedStatement top = session.statement(sql(query, false));
            bind(top, query);
            try (ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    rs.getString(3);
                    rs.getFloat(4);
                }
            }
            if (query.facets()) {
                PreparedStatement facets = session.statement(sql(query, true));
                bind(facets, query);
                try (ResultSet rs = facets.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                        rs.getLong(2);
                    }
                }
            }
        } finally {
            pool.put(session);
        }
    }

    /** How many clauses match, for the result table. */
    long total(BenchQuery query) throws SQLException, InterruptedException {
        Session session = pool.take();
        try {
            PreparedStatement count = session.statement("select count(*) from " + SCHEMA + ".clause c, "
                    + "websearch_to_tsquery('simple', " + SCHEMA + ".f_unaccent(?)) q where c.tsv @@ q"
                    + filters(query));
            bind(count, query);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            pool.put(session);
        }
    }

    private static String sql(BenchQuery query, boolean facets) {
        String from = " from " + SCHEMA + ".clause c, websearch_to_tsquery('simple', " + SCHEMA
                + ".f_unaccent(?)) q where c.tsv @@ q" + filters(query);
        if (facets) {
            return "select c.doc_type, count(*)" + from + " group by c.doc_type";
        }
        return "select c.document_id, c.path, c.body, ts_rank(c.tsv, q) as rank" + from
                + " order by rank desc limit 10";
    }

    private static String filters(BenchQuery query) {
        return (query.type() == null ? "" : " and c.doc_type = ?") + (query.yearFrom() == null ? ""
                : " and c.year >= ?");
    }

    private static void bind(PreparedStatement statement, BenchQuery query) throws SQLException {
        int i = 1;
        statement.setString(i++, query.text());
        if (query.type() != null) {
            statement.setString(i++, query.type());
        }
        if (query.yearFrom() != null) {
            statement.setInt(i, query.yearFrom());
        }
    }

    @Override
    public void close() {
        for (Session s : sessions) {
            try {
                s.connection().close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        sessions.clear();
        pool.clear();
    }

    /** A pooled connection with its prepared statements (server-side prepared after a few uses). */
    private record Session(Connection connection, Map<String, PreparedStatement> statements) {

        Session(Connection connection) {
            this(connection, new HashMap<>());
        }

        PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement s = statements.get(sql);
            if (s == null) {
                s = connection.prepareStatement(sql);
                statements.put(sql, s);
            }
            return s;
        }
    }
}
