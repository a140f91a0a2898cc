package dev.godwit.postgres;

import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.trace.LockMode;
import dev.godwit.core.trace.LockTracer;
import dev.godwit.core.trace.StatementTrace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locks and rewrites read from PostgreSQL itself: each statement run in one transaction, then
 * {@code pg_locks} of the session's own backend and the relations' {@code relfilenode} compared
 * with what they were; rolled back at the end. Only relations that existed before the migration
 * count: a table it creates is seen by no one else.
 */
final class PostgresLockTracer implements LockTracer {

    private static final String RELATIONS = """
            SELECT c.oid, CASE WHEN n.nspname = current_schema() THEN c.relname ELSE n.nspname || '.' || c.relname END, c.relfilenode
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'i', 'I', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'""";

    private static final String LOCKS = "SELECT relation, mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted";

    private record Relation(String name, long fileNode) {
    }

    @Override
    public List<StatementTrace> trace(Connection connection, List<SqlStatement> statements, boolean transactional) throws SQLException {
        List<StatementTrace> traces = new ArrayList<>();
        if (!transactional) {
            for (SqlStatement statement : statements) {
                traces.add(new StatementTrace(statement, List.of(), List.of(),
                        "runs outside a transaction (no-transaction migration): its locks are released before they can be read"));
            }
            return traces;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement jdbc = connection.createStatement()) {
            Map<Long, Relation> existing = relations(jdbc);
            Map<Long, LockMode> held = locks(jdbc);
            for (SqlStatement statement : statements) {
                try {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    traces.add(new StatementTrace(statement, List.of(), List.of(), "failed on the dev database: " + firstLine(e.getMessage())));
                    break;
                }
                Map<Long, LockMode> now = locks(jdbc);
                Map<Long, Relation> after = relations(jdbc);
                List<StatementTrace.LockTaken> taken = new ArrayList<>();
                for (Map.Entry<Long, LockMode> lock : now.entrySet()) {
                    Relation relation = existing.get(lock.getKey());
                    LockMode before = held.get(lock.getKey());
                    if (relation != null && (before == null || lock.getValue().compareTo(before) > 0)) {
                        taken.add(new StatementTrace.LockTaken(relation.name(), lock.getValue()));
                    }
                }
                taken.sort(java.util.Comparator.comparing(StatementTrace.LockTaken::relation));
                List<String> rewritten = new ArrayList<>();
                for (Map.Entry<Long, Relation> relation : existing.entrySet()) {
                    Relation later = after.get(relation.getKey());
                    if (later != null && later.fileNode() != relation.getValue().fileNode()) {
                        rewritten.add(relation.getValue().name());
                    }
                }
                rewritten.sort(null);
                // A relation rewritten once is not rewritten again by the next statement: compare with now.
                after.forEach((oid, r) -> existing.computeIfPresent(oid, (k, v) -> new Relation(v.name(), r.fileNode())));
                held = now;
                traces.add(new StatementTrace(statement, taken, rewritten, null));
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return traces;
    }

    private static Map<Long, Relation> relations(Statement jdbc) throws SQLException {
        Map<Long, Relation> relations = new HashMap<>();
        try (ResultSet rs = jdbc.executeQuery(RELATIONS)) {
            while (rs.next()) {
                relations.put(rs.getLong(1), new Relation(rs.getString(2), rs.getLong(3)));
            }
        }
        return relations;
    }

    private static Map<Long, LockMode> locks(Statement jdbc) throws SQLException {
        Map<Long, LockMode> locks = new HashMap<>();
        try (ResultSet rs = jdbc.executeQuery(LOCKS)) {
            while (rs.next()) {
                LockMode mode = LockMode.ofCatalog(rs.getString(2));
                locks.merge(rs.getLong(1), mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return locks;
    }

    private static String firstLine(String text) {
        String stripped = String.valueOf(text).strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
