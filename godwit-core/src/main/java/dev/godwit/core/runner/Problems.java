package dev.godwit.core.runner;

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
        List<String> details = new ArrayList<>();
        for (Problem problem : problems) {
            details.add("- [" + problem.code() + "] " + problem.summary());
            problem.details().forEach(d -> details.add("    " + d));
            if (problem.next() != null) {
                details.add("    next: " + problem.next());
            }
        }
        return new GodwitException(Problem.of(ProblemCode.REFUSED,
                command + " refused: " + problems.size() + " migrations need attention", details, "deal with each as it says, then run `godwit " + command + "` again"));
    }

    /** Another run held the migration lock for longer than lock-wait. */
    static GodwitException lockWait(LockWaitTimeout e, Duration wait) {
        return GodwitException.of(ProblemCode.RUN_LOCK_TIMEOUT, "gave up waiting for the migration lock: " + e.getMessage(),
                "wait for the other run to finish and try again, or raise lock-wait (now " + wait.toSeconds() + "s)",
                "nothing was applied by this run");
    }

    /** What a migration that hit lock-timeout waited for, for the retry notice. */
    static String waitedFor(ScriptExecutor.StatementFailed failure, List<String> holders, RunSettings settings) {
        String statement = "statement " + failure.statement.number() + " (line " + failure.statement.line() + ")";
        if (holders.isEmpty()) {
            return statement + " waited " + settings.lockTimeout().toMillis() + " ms for a lock another session holds";
        }
        return statement + " waited " + settings.lockTimeout().toMillis() + " ms for a lock: " + String.join("; ", holders);
    }

    static GodwitException tableLockTimeout(MigrationScript script, ScriptExecutor.StatementFailed failure, List<String> holders,
                                            int attempts, RunSettings settings) {
        List<String> details = new ArrayList<>();
        details.add("each attempt waited at most lock-timeout (" + settings.lockTimeout().toMillis() + " ms), so the application's"
                + " queries were never held up longer; " + attempts + " attempts within lock-wait (" + settings.lockWait().toSeconds() + " s)");
        holders.forEach(h -> details.add("lock held by " + h));
        details.add("nothing was applied: every attempt was rolled back");
        return new GodwitException(Problem.of(ProblemCode.TABLE_LOCK_TIMEOUT,
                "migration " + script.fileName() + " could not get the lock its statement " + failure.statement.number()
                        + " (line " + failure.statement.line() + ") needs",
                details, "run `godwit migrate` again when the session above has finished (or end it), or raise lock-wait"), failure.error);
    }

    /** @param statement the statement that found the disk full, or {@code null} when the commit did */
    static GodwitException diskFull(MigrationScript script, SqlStatement statement, SQLException error, String database, List<String> rollbackFailure) {
        List<String> details = new ArrayList<>();
        details.add("database said: " + firstLine(error.getMessage()));
        details.add("nothing was applied: the transaction was rolled back");
        details.addAll(rollbackFailure);
        String where = statement == null ? " while committing" : " at statement " + statement.number() + " (line " + statement.line() + ")";
        return new GodwitException(Problem.of(ProblemCode.DISK_FULL,
                "migration " + script.fileName() + " failed" + where + ": the " + database + " database has no space left",
                details, "free space where the database keeps its files, then run `godwit migrate` again"), error);
    }

    /**
     * The connection ended under a transactional migration. Before the commit was sent the database
     * rolled it back (a transaction whose session ends never commits); during the commit, only
     * history can tell, because the migration and its row commit together.
     */
    static GodwitException interrupted(MigrationScript script, SqlStatement statement, SQLException error, Migrator.Phase phase, String database) {
        List<String> details = new ArrayList<>();
        details.add("database said: " + firstLine(error.getMessage()));
        String next;
        String where;
        if (phase == Migrator.Phase.COMMIT) {
            where = "while committing it";
            details.add("the commit may or may not have reached the database; the migration and its history row commit together,"
                    + " so history says which");
            next = "when the database is reachable again, run `godwit migrate`: it applies " + script.fileName() + " only if history does not have it";
        } else {
            where = statement == null ? "" : "at statement " + statement.number() + " (line " + statement.line() + ")";
            details.add("nothing of it was applied: " + database + " rolls back a transaction whose connection ends, and no history row was written");
            next = "when the database is reachable again, run `godwit migrate`: it applies " + script.fileName() + " from the start";
        }
        return new GodwitException(Problem.of(ProblemCode.MIGRATION_INTERRUPTED,
                "the connection to the database was lost while migration " + script.fileName() + " ran" + (where.isEmpty() ? "" : " " + where),
                details, next), error);
    }

    /** The connection ended under a no-transaction migration: what ran stays, and history has each statement done. */
    static GodwitException interruptedOutsideTransaction(MigrationScript script, int statement, int line, SQLException error, String database) {
        List<String> details = new ArrayList<>();
        details.add("database said: " + firstLine(error.getMessage()));
        details.add(statement <= 1 ? "no statement was recorded as done"
                : "statements 1 to " + (statement - 1) + " ran and stay in the database (it runs outside a transaction); history records each");
        details.add("statement " + statement + " may or may not have taken effect");
        return new GodwitException(Problem.of(ProblemCode.MIGRATION_INTERRUPTED,
                "the connection to the database was lost while migration " + script.fileName() + " ran outside a transaction, at statement "
                        + statement + (line > 0 ? " (line " + line + ")" : ""),
                details, "when the database is reachable again, check what statement " + statement
                        + " did, then run `godwit migrate --retry-failed` (it runs the file again from its first statement)"), error);
    }

    /** A failure of the database itself (not of a statement of the file) while a migration ran; it was rolled back. */
    /** A Java migration threw: its class, what it threw, and where in the class. */
    static GodwitException javaFailed(MigrationScript script, dev.godwit.core.migration.JavaRun.Failed failure, List<String> state) {
        List<String> details = new ArrayList<>();
        details.add("it threw " + failure.said());
        java.util.Arrays.stream(failure.getCause().getStackTrace())
                .filter(frame -> frame.getClassName().startsWith(script.fileName()))
                .findFirst().ifPresent(frame -> details.add("at " + frame));
        details.addAll(state);
        return new GodwitException(Problem.of(ProblemCode.JAVA_MIGRATION_FAILED,
                "Java migration " + script.fileName() + " (V" + script.version() + ", " + script.description() + ") failed",
                details, "fix the class, rebuild, and run `godwit migrate` again"), failure.getCause());
    }

    static GodwitException databaseFailed(MigrationScript script, SQLException error, Migrator.Phase phase, List<String> rollbackFailure, Secret password) {
        List<String> details = new ArrayList<>();
        details.add("database said: " + Redaction.text(firstLine(error.getMessage()), password)
                + (error.getSQLState() == null ? "" : " (SQL state " + error.getSQLState() + ")"));
        details.add("nothing was applied: the transaction was rolled back");
        details.addAll(rollbackFailure);
        String when = switch (phase) {
            case BEGIN -> "starting its transaction";
            case STATEMENTS -> "running it";
            case HISTORY -> "recording it in godwit_history";
            case COMMIT -> "committing it";
        };
        return new GodwitException(Problem.of(ProblemCode.DATABASE_ERROR,
                "the database failed while " + when + ": migration " + script.fileName(), details,
                "run `godwit migrate` again; if it fails the same way, check the database's log"), error);
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
