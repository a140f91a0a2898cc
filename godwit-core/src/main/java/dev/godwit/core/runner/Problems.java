package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.LockWaitTimeout;
import dev.godwit.core.spi.Redaction;
import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Secret;
import dev.godwit.core.sql.ScriptExecutor;
import dev.godwit.core.sql.SqlStatement;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems a run reports, each saying what happened, where, what the database holds now, and
 * the next command — in one place, so that every path out of a failed migration says the same
 * true thing about the state it leaves.
 */
final class Problems {

    private Problems() {
    }

    /** Folds several problems into one message: {@code migrate} lists everything that stops it at once. */
    static GodwitException refuse(String command, List<Problem> problems) {
        if (problems.size() == 1) {
            return new GodwitException(problems.get(0));
        }
        List<Message> details = new ArrayList<>();
        for (Problem problem : problems) {
            details.add(Message.of("run.refused.item", "code", problem.code().code(), "summary", problem.summaryMessage()));
            problem.detailMessages().forEach(d -> details.add(Message.of("run.refused.item-detail", "detail", d)));
            if (problem.nextMessage() != null) {
                details.add(Message.of("run.refused.item-next", "step", problem.nextMessage()));
            }
        }
        return new GodwitException(Problem.of(ProblemCode.REFUSED,
                Message.of("run.refused", "command", command, "count", problems.size()), details,
                Message.of("run.refused.next", "command", command)));
    }

    /** Another run held the migration lock for longer than lock-wait. */
    static GodwitException lockWait(LockWaitTimeout e, Duration wait) {
        Message summary = e.holder() == null ? Message.of("run.lock.gave-up.interrupted")
                : Message.of("run.lock.gave-up", "holder", e.holder(), "seconds", e.waited().toSeconds());
        return new GodwitException(Problem.of(ProblemCode.RUN_LOCK_TIMEOUT, summary,
                List.of(Message.of("run.lock.gave-up.nothing-applied")),
                Message.of("run.lock.gave-up.next", "seconds", wait.toSeconds())), e);
    }

    /** What a migration that hit lock-timeout waited for, for the retry notice. */
    static Message waitedFor(ScriptExecutor.StatementFailed failure, List<String> holders, RunSettings settings) {
        if (holders.isEmpty()) {
            return Message.of("run.table-lock.waited", "statement", failure.statement.number(), "line", failure.statement.line(),
                    "millis", settings.lockTimeout().toMillis());
        }
        return Message.of("run.table-lock.waited-for", "statement", failure.statement.number(), "line", failure.statement.line(),
                "millis", settings.lockTimeout().toMillis(), "holders", String.join("; ", holders));
    }

    static GodwitException tableLockTimeout(MigrationScript script, ScriptExecutor.StatementFailed failure, List<String> holders,
                                            int attempts, RunSettings settings) {
        List<Message> details = new ArrayList<>();
        details.add(Message.of("run.table-lock.attempts", "millis", settings.lockTimeout().toMillis(), "attempts", attempts,
                "seconds", settings.lockWait().toSeconds()));
        holders.forEach(h -> details.add(Message.of("run.table-lock.held-by", "holder", h)));
        details.add(Message.of("run.table-lock.rolled-back"));
        return new GodwitException(Problem.of(ProblemCode.TABLE_LOCK_TIMEOUT,
                Message.of("run.table-lock.timeout", "file", script.fileName(), "statement", failure.statement.number(), "line", failure.statement.line()),
                details, Message.of("run.table-lock.next")), failure.error);
    }

    /** @param statement the statement that found the disk full, or {@code null} when the commit did */
    static GodwitException diskFull(MigrationScript script, SqlStatement statement, SQLException error, String database, List<String> rollbackFailure) {
        List<Message> details = new ArrayList<>();
        details.add(databaseSaid(firstLine(error.getMessage())));
        details.add(Message.of("run.rolled-back"));
        rollbackFailure.forEach(f -> details.add(Message.verbatim(f)));
        Message summary = statement == null
                ? Message.of("run.disk-full.commit", "file", script.fileName(), "database", database)
                : Message.of("run.disk-full", "file", script.fileName(), "statement", statement.number(), "line", statement.line(), "database", database);
        return new GodwitException(Problem.of(ProblemCode.DISK_FULL, summary, details, Message.of("run.disk-full.next")), error);
    }

    /**
     * The connection ended under a transactional migration. Before the commit was sent the database
     * rolled it back (a transaction whose session ends never commits); during the commit, only
     * history can tell, because the migration and its row commit together.
     */
    static GodwitException interrupted(MigrationScript script, SqlStatement statement, SQLException error, Migrator.Phase phase, String database) {
        List<Message> details = new ArrayList<>();
        details.add(databaseSaid(firstLine(error.getMessage())));
        Message summary;
        Message next;
        if (phase == Migrator.Phase.COMMIT) {
            summary = Message.of("run.lost.commit", "file", script.fileName());
            details.add(Message.of("run.lost.commit.detail"));
            next = Message.of("run.lost.commit.next", "file", script.fileName());
        } else {
            summary = statement == null ? Message.of("run.lost", "file", script.fileName())
                    : Message.of("run.lost.at", "file", script.fileName(), "statement", statement.number(), "line", statement.line());
            details.add(Message.of("run.lost.rolled-back", "database", database));
            next = Message.of("run.lost.next", "file", script.fileName());
        }
        return new GodwitException(Problem.of(ProblemCode.MIGRATION_INTERRUPTED, summary, details, next), error);
    }

    /** The connection ended under a no-transaction migration: what ran stays, and history has each statement done. */
    static GodwitException interruptedOutsideTransaction(MigrationScript script, int statement, int line, SQLException error, String database) {
        List<Message> details = new ArrayList<>();
        details.add(databaseSaid(firstLine(error.getMessage())));
        details.add(statement <= 1 ? Message.of("run.lost.outside.none-done")
                : Message.of("run.lost.outside.done", "last", statement - 1));
        details.add(Message.of("run.lost.outside.maybe", "statement", statement));
        Message summary = line > 0
                ? Message.of("run.lost.outside.at-line", "file", script.fileName(), "statement", statement, "line", line)
                : Message.of("run.lost.outside", "file", script.fileName(), "statement", statement);
        return new GodwitException(Problem.of(ProblemCode.MIGRATION_INTERRUPTED, summary, details,
                Message.of("run.lost.outside.next", "statement", statement)), error);
    }

    /** A Java migration threw: its class, what it threw, and where in the class. */
    static GodwitException javaFailed(MigrationScript script, dev.godwit.core.migration.JavaRun.Failed failure, List<Message> state) {
        List<Message> details = new ArrayList<>();
        details.add(Message.of("run.java.threw", "exception", failure.said()));
        java.util.Arrays.stream(failure.getCause().getStackTrace())
                .filter(frame -> frame.getClassName().startsWith(script.fileName()))
                .findFirst().ifPresent(frame -> details.add(Message.of("run.java.at", "frame", frame)));
        details.addAll(state);
        return new GodwitException(Problem.of(ProblemCode.JAVA_MIGRATION_FAILED,
                Message.of("run.java.failed", "class", script.fileName(), "version", script.version(), "description", script.description()),
                details, Message.of("run.java.next")), failure.getCause());
    }

    /** A failure of the database itself (not of a statement of the file) while a migration ran; it was rolled back. */
    static GodwitException databaseFailed(MigrationScript script, SQLException error, Migrator.Phase phase, List<String> rollbackFailure, Secret password) {
        List<Message> details = new ArrayList<>();
        String said = Redaction.text(firstLine(error.getMessage()), password);
        details.add(error.getSQLState() == null ? databaseSaid(said)
                : Message.of("run.database-said.state", "said", said, "state", error.getSQLState()));
        details.add(Message.of("run.rolled-back"));
        rollbackFailure.forEach(f -> details.add(Message.verbatim(f)));
        String key = switch (phase) {
            case BEGIN -> "run.database-failed.begin";
            case STATEMENTS -> "run.database-failed.statements";
            case HISTORY -> "run.database-failed.history";
            case COMMIT -> "run.database-failed.commit";
        };
        return new GodwitException(Problem.of(ProblemCode.DATABASE_ERROR,
                Message.of(key, "file", script.fileName()), details,
                Message.of("run.database-failed.next")), error);
    }

    /** {@code database said: …}, the database's own words, untranslated. */
    static Message databaseSaid(String said) {
        return Message.of("run.database-said", "said", said);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }
}
