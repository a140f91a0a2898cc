package dev.godwit.postgres;

import dev.godwit.core.trace.LockMode;
import dev.godwit.core.trace.StatementTrace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the lock trace reads from PostgreSQL's catalog: relations and their storage, a backend's locks, a transaction's scans. */
final class TraceCatalog {

    private static final String RELATIONS = """
            SELECT c.oid, CASE WHEN n.nspname = current_schema() THEN c.relname ELSE n.nspname || '.' || c.relname END, c.relfilenode, c.relkind
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'i', 'I', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'""";

    private static final String LOCKS = "SELECT relation, mode, granted FROM pg_locks WHERE pid = ? AND locktype = 'relation'";

    /** Counted for the current transaction only, before they reach pg_stat_user_tables. */
    private static final String SCANS = "SELECT relid, seq_scan FROM pg_stat_xact_user_tables";

    /** A relation as the migration found it. */
    record Relation(String name, long fileNode, boolean table) {
    }

    private TraceCatalog() {
    }

    static Map<Long, Relation> relations(Connection connection) throws SQLException {
        Map<Long, Relation> relations = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(RELATIONS)) {
            while (rs.next()) {
                String kind = rs.getString(4);
                relations.put(rs.getLong(1), new Relation(rs.getString(2), rs.getLong(3), kind.equals("r") || kind.equals("p")));
            }
        }
        return relations;
    }

    static int backend(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The strongest relation lock per relation {@code pid} holds, or waits for when {@code waiting}. */
    static Map<Long, LockMode> locks(Connection observer, int pid, boolean waiting) throws SQLException {
        Map<Long, LockMode> locks = new HashMap<>();
        try (PreparedStatement s = observer.prepareStatement(LOCKS)) {
            s.setInt(1, pid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(3) || waiting) {
                        locks.merge(rs.getLong(1), LockMode.ofCatalog(rs.getString(2)), TraceCatalog::stronger);
                    }
                }
            }
        }
        return locks;
    }

    static Map<Long, Long> scans(Connection connection) throws SQLException {
        Map<Long, Long> scans = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SCANS)) {
            while (rs.next()) {
                scans.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return scans;
    }

    static LockMode stronger(LockMode a, LockMode b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The locks in {@code now} stronger than in {@code before}, on relations that existed before the migration. */
    static List<StatementTrace.LockTaken> taken(Map<Long, LockMode> now, Map<Long, LockMode> before, Map<Long, Relation> existing) {
        List<StatementTrace.LockTaken> taken = new ArrayList<>();
        for (Map.Entry<Long, LockMode> lock : now.entrySet()) {
            Relation relation = existing.get(lock.getKey());
            LockMode held = before.get(lock.getKey());
            if (relation != null && (held == null || lock.getValue().compareTo(held) > 0)) {
                taken.add(new StatementTrace.LockTaken(relation.name(), lock.getValue(), relation.table()));
            }
        }
        taken.sort(Comparator.comparing(StatementTrace.LockTaken::relation));
        return taken;
    }

    /** The relations of {@code existing} whose storage {@code after} shows changed; {@code existing} is brought up to date. */
    static List<String> rewritten(Map<Long, Relation> existing, Map<Long, Relation> after) {
        List<String> rewritten = new ArrayList<>();
        for (Map.Entry<Long, Relation> relation : existing.entrySet()) {
            Relation later = after.get(relation.getKey());
            if (later != null && later.fileNode() != relation.getValue().fileNode()) {
                rewritten.add(relation.getValue().name());
            }
        }
        rewritten.sort(null);
        // A relation rewritten once is not rewritten again by the next statement: compare with now.
        after.forEach((oid, r) -> existing.computeIfPresent(oid, (k, v) -> new Relation(v.name(), r.fileNode(), v.table())));
        return rewritten;
    }

    /** Tables of {@code existing} scanned between the two counts and not rewritten (a rewrite reads every row anyway). */
    static List<String> scanned(Map<Long, Long> before, Map<Long, Long> after, Map<Long, Relation> existing, List<String> rewritten) {
        List<String> scanned = new ArrayList<>();
        for (Map.Entry<Long, Long> count : after.entrySet()) {
            Relation relation = existing.get(count.getKey());
            if (relation != null && relation.table() && count.getValue() > before.getOrDefault(count.getKey(), 0L) && !rewritten.contains(relation.name())) {
                scanned.add(relation.name());
            }
        }
        scanned.sort(null);
        return scanned;
    }

    static String firstLine(String text) {
        String stripped = String.valueOf(text).strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
