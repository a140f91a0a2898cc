package dev.godwit.postgres;

import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.trace.LockMode;
import dev.godwit.core.trace.LockTracer;
import dev.godwit.core.trace.StatementTrace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A statement that refuses a transaction block, traced from a second connection while it runs. Its
 * locks are gone when it returns, so the observer holds it back: before it starts, the observer opens a
 * repeatable-read transaction (a snapshot {@code CONCURRENTLY} must wait out) holding {@code ACCESS SHARE}
 * on every existing table (which any {@code ACCESS EXCLUSIVE} request must wait for). While the
 * statement waits on the observer, the locks it holds and the one it asks for are read from
 * {@code pg_locks}; then the observer lets it go. Between waits the observer polls, so a short lock
 * that never waits may be missed: the trace then says so.
 */
final class ObservedStatement {

    private static final long POLL_MILLIS = 2;
    private static final long GIVE_UP_SECONDS = 300;

    private ObservedStatement() {
    }

    static StatementTrace trace(Connection connection, LockTracer.Sibling sibling, SqlStatement statement) throws SQLException {
        int pid = TraceCatalog.backend(connection);
        Map<Long, TraceCatalog.Relation> existing = TraceCatalog.relations(connection);
        Map<Long, LockMode> seen = new HashMap<>();
        boolean waited = false;
        Ran ran;
        try (Connection observer = sibling.open(connection)) {
            observer.setAutoCommit(false);
            observer.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            holdBack(observer, existing);
            CompletableFuture<Ran> run = CompletableFuture.supplyAsync(() -> execute(connection, statement));
            boolean holding = true;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
            while (!run.isDone()) {
                boolean blocked = holding && blocked(observer, pid);
                TraceCatalog.locks(observer, pid, blocked).forEach((oid, mode) -> seen.merge(oid, mode, TraceCatalog::stronger));
                if (blocked) {
                    observer.commit(); // let it go: it now takes what it waited for
                    // From now on each poll is its own short statement: no snapshot left for CONCURRENTLY to wait out.
                    observer.setAutoCommit(true);
                    observer.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    holding = false;
                    waited = true;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                sleep();
            }
            if (holding) {
                observer.commit();
                observer.setAutoCommit(true);
            }
            ran = await(run);
            if (ran.failure() != null) {
                return StatementTrace.failed(statement, false, TraceCatalog.firstLine(ran.failure().getMessage()));
            }
        }
        List<StatementTrace.LockTaken> taken = TraceCatalog.taken(seen, Map.of(), existing);
        List<String> rewritten = TraceCatalog.rewritten(existing, TraceCatalog.relations(connection));
        if (taken.isEmpty() && !waited) {
            return StatementTrace.untraced(statement, false, ran.notice() != null ? "did nothing, as the database said: " + ran.notice()
                    : "ran outside a transaction and finished before its locks could be read (watched from a second connection)");
        }
        return new StatementTrace(statement, taken, rewritten, List.of(), false);
    }

    private static void holdBack(Connection observer, Map<Long, TraceCatalog.Relation> existing) throws SQLException {
        try (Statement s = observer.createStatement()) {
            s.execute("SELECT 1"); // takes the snapshot
            for (Map.Entry<Long, TraceCatalog.Relation> relation : existing.entrySet()) {
                if (relation.getValue().table()) {
                    try (ResultSet rs = s.executeQuery("SELECT " + relation.getKey() + "::regclass::text")) {
                        rs.next();
                        s.execute("LOCK TABLE " + rs.getString(1) + " IN ACCESS SHARE MODE");
                    }
                }
            }
        }
    }

    private static boolean blocked(Connection observer, int pid) throws SQLException {
        try (PreparedStatement s = observer.prepareStatement("SELECT cardinality(pg_blocking_pids(?)) > 0")) {
            s.setInt(1, pid);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** How the statement ended: its failure, or the notice it left ("… does not exist, skipping"). */
    private record Ran(SQLException failure, String notice) {
    }

    private static Ran execute(Connection connection, SqlStatement statement) {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
            java.sql.SQLWarning warning = jdbc.getWarnings();
            return new Ran(null, warning == null ? null : TraceCatalog.firstLine(warning.getMessage()));
        } catch (SQLException e) {
            return new Ran(e, null);
        }
    }

    private static Ran await(CompletableFuture<Ran> run) throws SQLException {
        try {
            return run.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while tracing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new SQLException("the traced statement did not finish: " + e.getMessage(), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
