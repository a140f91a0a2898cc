package dev.godwit.postgres;

import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.trace.LockMode;
import dev.godwit.core.trace.StatementTrace;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace's claims against what PostgreSQL documents for each statement ("Explicit Locking", and
 * each command's page): the lock level per table, and whether storage is rewritten.
 */
class PostgresLockTracerTest {

    private static final String SCHEMA = """
            CREATE TABLE trip (id integer PRIMARY KEY, title varchar(50), nights integer);
            CREATE TABLE invoice (id integer PRIMARY KEY, trip_id integer);
            ALTER TABLE trip ADD CONSTRAINT trip_nights_positive CHECK (nights > 0) NOT VALID;
            """;

    private List<StatementTrace> trace(boolean transactional, String... sql) throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (Connection c = EmbeddedPostgresSupport.connect(url)) {
            try (Statement s = c.createStatement()) {
                for (String statement : SCHEMA.split(";\n")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            List<SqlStatement> statements = new java.util.ArrayList<>();
            for (int i = 0; i < sql.length; i++) {
                statements.add(new SqlStatement(i + 1, i + 1, sql[i]));
            }
            return new PostgresLockTracer().trace(c, of -> EmbeddedPostgresSupport.connect(url), statements, transactional);
        }
    }

    /** A lock on a relation of SCHEMA: its only indexes are the primary keys. */
    private static StatementTrace.LockTaken lock(String relation, LockMode mode) {
        return new StatementTrace.LockTaken(relation, mode, !relation.endsWith("_pkey"));
    }

    @Test
    void eachStatementTakesTheLockPostgresDocumentsForIt() throws Exception {
        List<StatementTrace> traces = trace(true,
                "ALTER TABLE trip ADD COLUMN price numeric(10, 2)",
                "CREATE INDEX invoice_trip_id_idx ON invoice (trip_id)",
                "ALTER TABLE trip VALIDATE CONSTRAINT trip_nights_positive",
                "ALTER TABLE invoice ADD CONSTRAINT invoice_trip_fk FOREIGN KEY (trip_id) REFERENCES trip (id)");

        assertThat(traces.get(0).locks()).containsExactly(lock("trip", LockMode.ACCESS_EXCLUSIVE));
        assertThat(traces.get(0).locks().get(0).mode().blocks()).containsExactly("SELECT", "INSERT", "UPDATE", "DELETE");
        assertThat(traces.get(1).locks()).containsExactly(lock("invoice", LockMode.SHARE));
        assertThat(traces.get(1).locks().get(0).mode().blocks()).containsExactly("INSERT", "UPDATE", "DELETE");
        // trip already holds ACCESS EXCLUSIVE from the first statement: only a stronger lock is new.
        assertThat(traces.get(2).locks()).isEmpty();
        assertThat(traces.get(3).locks()).contains(lock("invoice", LockMode.SHARE_ROW_EXCLUSIVE));
        assertThat(traces).allMatch(t -> t.notTraced() == null);
    }

    @Test
    void validateConstraintAndForeignKeysOnTheirOwn() throws Exception {
        assertThat(trace(true, "ALTER TABLE trip VALIDATE CONSTRAINT trip_nights_positive").get(0).locks())
                .containsExactly(lock("trip", LockMode.SHARE_UPDATE_EXCLUSIVE));
        assertThat(trace(true, "ALTER TABLE invoice ADD CONSTRAINT invoice_trip_fk FOREIGN KEY (trip_id) REFERENCES trip (id)").get(0).locks())
                .contains(lock("invoice", LockMode.SHARE_ROW_EXCLUSIVE), lock("trip", LockMode.SHARE_ROW_EXCLUSIVE));
    }

    @Test
    void aTypeChangeThatRewritesIsToldFromOneThatDoesNot() throws Exception {
        StatementTrace widen = trace(true, "ALTER TABLE trip ALTER COLUMN title TYPE varchar(100)").get(0);
        assertThat(widen.rewritten()).isEmpty();
        StatementTrace bigint = trace(true, "ALTER TABLE trip ALTER COLUMN nights TYPE bigint").get(0);
        assertThat(bigint.rewritten()).contains("trip", "trip_pkey");
        assertThat(bigint.locks()).containsExactly(lock("trip", LockMode.ACCESS_EXCLUSIVE), lock("trip_pkey", LockMode.ACCESS_EXCLUSIVE));
    }

    @Test
    void aScanToValidateIsSeenAndAnAddColumnScansNothing() throws Exception {
        List<StatementTrace> traces = trace(true,
                "ALTER TABLE trip ADD COLUMN price numeric(10, 2)",
                "ALTER TABLE trip ALTER COLUMN title SET NOT NULL");
        assertThat(traces.get(0).scanned()).isEmpty();
        assertThat(traces.get(1).scanned()).containsExactly("trip");
        assertThat(trace(true, "ALTER TABLE trip VALIDATE CONSTRAINT trip_nights_positive").get(0).scanned()).containsExactly("trip");
        // A rewrite reads every row too, but it is told as a rewrite.
        StatementTrace bigint = trace(true, "ALTER TABLE trip ALTER COLUMN nights TYPE bigint").get(0);
        assertThat(bigint.scanned()).isEmpty();
        assertThat(traces).allMatch(StatementTrace::untilCommit);
    }

    @Test
    void aNoTransactionMigrationIsWatchedFromASecondConnectionStatementByStatement() throws Exception {
        List<StatementTrace> traces = trace(false,
                "ALTER TABLE trip ADD COLUMN code text",
                "CREATE INDEX CONCURRENTLY trip_code_idx ON trip (code)",
                "REINDEX INDEX CONCURRENTLY trip_code_idx",
                "DROP INDEX CONCURRENTLY trip_code_idx",
                "VACUUM FULL invoice");
        assertThat(traces).hasSize(5).allMatch(t -> t.notTraced() == null, "traced").noneMatch(StatementTrace::untilCommit);
        // Run in a transaction of its own and committed: the next statement indexes its column.
        assertThat(traces.get(0).locks()).containsExactly(lock("trip", LockMode.ACCESS_EXCLUSIVE));
        // Documented: CREATE INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DROP INDEX CONCURRENTLY take SHARE UPDATE EXCLUSIVE on the table.
        assertThat(traces.get(1).lockOn("trip")).contains(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(traces.get(2).lockOn("trip")).contains(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(traces.get(3).lockOn("trip")).contains(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(traces.get(1).locks().get(0).mode().blocks()).isEmpty();
        // VACUUM FULL: ACCESS EXCLUSIVE, and the table's storage is new.
        assertThat(traces.get(4).lockOn("invoice")).contains(LockMode.ACCESS_EXCLUSIVE);
        assertThat(traces.get(4).rewritten()).contains("invoice");
    }

    @Test
    void aFailingNoTransactionStatementStopsTheTraceAndSaysWhy() throws Exception {
        List<StatementTrace> traces = trace(false,
                "CREATE INDEX CONCURRENTLY trip_code_idx ON trip (no_such_column)",
                "VACUUM trip");
        assertThat(traces).singleElement().satisfies(t -> {
            assertThat(t.failed()).isTrue();
            assertThat(t.notTraced()).contains("failed on the dev database").contains("no_such_column");
        });
    }

    @Test
    void aStatementThatDidNothingSaysSoAndTheTraceGoesOn() throws Exception {
        List<StatementTrace> traces = trace(false,
                "DROP INDEX CONCURRENTLY IF EXISTS trip_code_idx",
                "CREATE INDEX CONCURRENTLY trip_code_idx ON trip (title)");
        assertThat(traces).hasSize(2);
        assertThat(traces.get(0).failed()).isFalse();
        assertThat(traces.get(0).notTraced()).startsWith("did nothing, as the database said: ").contains("does not exist, skipping");
        assertThat(traces.get(1).lockOn("trip")).contains(LockMode.SHARE_UPDATE_EXCLUSIVE);
    }
}
