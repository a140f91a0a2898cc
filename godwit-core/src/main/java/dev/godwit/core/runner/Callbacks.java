package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.api.Callback;
import dev.godwit.api.Event;
import dev.godwit.core.migration.JavaRun;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.sql.ScriptExecutor;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Flyway's callbacks: the SQL files of the migrations directory, then the Java callbacks
 * ({@link Callback}), at each event. {@code beforeMigrate} and {@code afterMigrate} around every
 * {@code migrate} (even one with nothing to apply, as in Flyway), each in a transaction of its own;
 * {@code beforeEachMigrate} and {@code afterEachMigrate} inside each migration's transaction;
 * {@code afterMigrateError} after a migration failed and was rolled back.
 * They are not migrations: history does not record them; {@code godwit.sum} covers the files.
 */
final class Callbacks {

    private final Session session;

    Callbacks(Session session) {
        this.session = session;
    }

    /** Runs a whole run's event ({@code beforeMigrate}…) where the connection is. */
    void run(String event) throws SQLException {
        run(event, null);
    }

    /**
     * Runs the event's scripts where the connection is (inside a migration's transaction for the Each events).
     *
     * @param migration the migration of an Each event, or {@code null}
     */
    void run(String event, MigrationScript migration) throws SQLException {
        for (MigrationScript callback : session.local.migrations().callbacks(event)) {
            try {
                ScriptExecutor.run(session.connection, callback, session.dialect.syntax(), session.local.placeholders(), ScriptExecutor.AfterStatement.NOTHING);
            } catch (ScriptExecutor.StatementFailed failure) {
                throw GodwitException.of(ProblemCode.CALLBACK_FAILED, Message.of("run.callback-failed", "callback", callback.fileName(), "event", event, "number", failure.statement.number(), "line", failure.statement.line()), Message.of("run.callback-failed.next"), Message.of("run.callback-failed.detail", "error", failure.error.getMessage().strip()));
            }
        }
        Event typed = Event.ofFlywayName(event);
        Optional<String> name = Optional.ofNullable(migration).map(MigrationScript::fileName);
        for (Callback callback : session.local.code().callbacks()) {
            try {
                JavaRun.callback(callback, typed, session.connection, session.local.placeholders(), name);
            } catch (JavaRun.Failed failure) {
                throw new GodwitException(dev.godwit.core.problem.Problem.of(ProblemCode.CALLBACK_FAILED, Message.of("run.callback-failed-2", "callback", callback.name(), "event", event, "said", failure.said()), List.of(Message.verbatim(name.map(m -> "while applying " + m).orElse("around the run"))), Message.of("run.callback-failed-2.next")), failure.getCause());
            }
        }
    }

    /** Whether the event has a callback to run: a script, or Java code that handles it. */
    boolean any(String event) {
        Event typed = Event.ofFlywayName(event);
        return !session.local.migrations().callbacks(event).isEmpty() || session.local.code().callbacks().stream().anyMatch(c -> c.supports(typed));
    }

    void runAlone(String event) throws SQLException {
        runAlone(event, null);
    }

    /** Runs the event's callbacks in a transaction of their own; nothing when there are none. */
    void runAlone(String event, MigrationScript migration) throws SQLException {
        if (!any(event)) {
            return;
        }
        session.dialect.transactions().begin(session.connection, session.settings);
        try {
            run(event, migration);
            session.dialect.transactions().commit(session.connection);
        } catch (SQLException | RuntimeException e) {
            session.rollbackAfter(e);
            throw e;
        }
    }
}
