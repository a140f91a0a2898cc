package dev.godwit.postgres;

import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.trace.LockMode;
import dev.godwit.core.trace.LockTracer;
import dev.godwit.core.trace.StatementTrace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Locks and rewrites read from PostgreSQL itself. A transactional migration runs in one transaction,
 * {@code pg_locks} of its own backend, the relations' {@code relfilenode} and the transaction's scan
 * counts read after each statement, then it is rolled back. A {@code no-transaction} migration is
 * applied statement by statement on the scratch copy: each in a transaction of its own, committed, or,
 * when it refuses a transaction block ({@code CONCURRENTLY}, {@code VACUUM}), watched from a second
 * connection ({@link ObservedStatement}). Only relations that existed before the migration count: one
 * it creates is seen by no one else.
 */
final class PostgresLockTracer implements LockTracer {

    /** active_sql_transaction: "… cannot run inside a transaction block". */
    private static final String REFUSES_TRANSACTION = "25001";

    @Override
    public List<StatementTrace> trace(Connection connection, Sibling sibling, List<SqlStatement> statements, boolean transactional) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            return transactional ? inOneTransaction(connection, statements) : oneByOne(connection, sibling, statements);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<StatementTrace> inOneTransaction(Connection connection, List<SqlStatement> statements) throws SQLException {
        List<StatementTrace> traces = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            Transaction transaction = new Transaction(connection);
            for (SqlStatement statement : statements) {
                StatementTrace trace = transaction.run(statement, true);
                traces.add(trace);
                if (trace.failed()) {
                    break;
                }
            }
        } finally {
            connection.rollback();
        }
        return traces;
    }

    private static List<StatementTrace> oneByOne(Connection connection, Sibling sibling, List<SqlStatement> statements) throws SQLException {
        List<StatementTrace> traces = new ArrayList<>();
        for (SqlStatement statement : statements) {
            connection.setAutoCommit(false);
            StatementTrace trace;
            try {
                trace = new Transaction(connection).run(statement, false);
                if (trace.failed()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
            } catch (RefusesTransaction e) {
                connection.rollback();
                connection.setAutoCommit(true);
                trace = ObservedStatement.trace(connection, sibling, statement);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            traces.add(trace);
            if (trace.failed()) {
                break;
            }
        }
        return traces;
    }

    private static final class RefusesTransaction extends RuntimeException {
        RefusesTransaction() {
            super(null, null, false, false);
        }
    }

    /** Statements run in one open transaction, each compared with the state before it. */
    private static final class Transaction {
        private final Connection connection;
        private final int pid;
        private final Map<Long, TraceCatalog.Relation> existing;
        private Map<Long, LockMode> held;
        private Map<Long, Long> scans;

        Transaction(Connection connection) throws SQLException {
            this.connection = connection;
            this.pid = TraceCatalog.backend(connection);
            this.existing = TraceCatalog.relations(connection);
            this.held = TraceCatalog.locks(connection, pid, false);
            this.scans = TraceCatalog.scans(connection);
        }

        StatementTrace run(SqlStatement statement, boolean untilCommit) throws SQLException {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.sql());
            } catch (SQLException e) {
                if (!untilCommit && REFUSES_TRANSACTION.equals(e.getSQLState())) {
                    throw new RefusesTransaction();
                }
                return StatementTrace.failed(statement, untilCommit, TraceCatalog.firstLine(e.getMessage()));
            }
            Map<Long, LockMode> now = TraceCatalog.locks(connection, pid, false);
            Map<Long, Long> counted = TraceCatalog.scans(connection);
            List<StatementTrace.LockTaken> taken = TraceCatalog.taken(now, held, existing);
            List<String> rewritten = TraceCatalog.rewritten(existing, TraceCatalog.relations(connection));
            List<String> scanned = TraceCatalog.scanned(scans, counted, existing, rewritten);
            held = now;
            scans = counted;
            return new StatementTrace(statement, taken, rewritten, scanned, untilCommit);
        }
    }
}
