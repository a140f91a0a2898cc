package dev.godwit.core.runner;

import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.sql.ScriptExecutor;

import java.sql.SQLException;
import java.util.List;

/**
 * Flyway's SQL callbacks, found in the migrations directory: {@code beforeMigrate} and
 * {@code afterMigrate} around every {@code migrate} (even one with nothing to apply, as in Flyway),
 * each in a transaction of its own; {@code beforeEachMigrate} and {@code afterEachMigrate} inside each
 * migration's transaction; {@code afterMigrateError} after a migration failed and was rolled back.
 * They are not migrations: history does not record them; {@code godwit.sum} covers them.
 */
final class Callbacks {

    private final Session session;

    Callbacks(Session session) {
        this.session = session;
    }

    /** Runs the event's scripts where the connection is (inside a migration's transaction for the Each events). */
    void run(String event) throws SQLException {
        for (MigrationScript callback : session.local.migrations().callbacks(event)) {
            try {
                ScriptExecutor.run(session.connection, callback, session.dialect.syntax(), session.local.placeholders(), ScriptExecutor.AfterStatement.NOTHING);
            } catch (ScriptExecutor.StatementFailed failure) {
                throw GodwitException.of(ProblemCode.CALLBACK_FAILED,
                        "callback " + callback.fileName() + " (" + event + ") failed at statement " + failure.statement.number()
                                + " (line " + failure.statement.line() + ")",
                        "fix the callback, then run `godwit hash` and `godwit migrate`",
                        "database said: " + failure.error.getMessage().strip());
            }
        }
    }

    /** Runs the event's scripts in a transaction of their own; nothing when there are none. */
    void runAlone(String event) throws SQLException {
        List<MigrationScript> scripts = session.local.migrations().callbacks(event);
        if (scripts.isEmpty()) {
            return;
        }
        session.dialect.transactions().begin(session.connection, session.settings);
        try {
            run(event);
            session.dialect.transactions().commit(session.connection);
        } catch (SQLException | RuntimeException e) {
            session.rollbackAfter(e);
            throw e;
        }
    }
}
