package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.sql.ScriptExecutor;

import dev.godwit.core.generate.VersionFingerprints;
import dev.godwit.core.history.HistoryEntry;
import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.lint.Linter;
import dev.godwit.core.migration.Directives;
import dev.godwit.core.migration.JavaRun;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.spi.DatabaseError;
import dev.godwit.core.spi.LockWaitTimeout;
import dev.godwit.core.lint.ParsedStatement;
import dev.godwit.core.lint.StatementParser;
import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.spi.RunLock;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.status.MigrationStatus;
import dev.godwit.core.status.StatusCalculator.Tolerance;
import dev.godwit.core.status.RepeatableStatus;
import dev.godwit.core.status.StatusReport;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies pending migrations: one lock for the whole run, each migration and its history row in
 * one transaction, retried when it gives up waiting for a table lock.
 */
final class Migrator {

    private final Session session;
    private final RunListener listener;
    /** Whether the run lock keeps other runs out (PostgreSQL), so history need not be re-read per migration. */
    private boolean exclusive;
    /** Whether the migration being applied is the run's last: its row carries the schema fingerprint. */
    private boolean last;

    /** The project's levels for the lint rules, applied to the lint gate before a run. */
    private final dev.godwit.core.lint.LintSettings lintSettings;

    Migrator(Session session, RunListener listener) {
        this(session, listener, dev.godwit.core.lint.LintSettings.DEFAULTS);
    }

    Migrator(Session session, RunListener listener, dev.godwit.core.lint.LintSettings lintSettings) {
        this.session = session;
        this.listener = listener;
        this.lintSettings = lintSettings;
    }

    MigrateResult migrate(MigrateOptions options) throws SQLException {
        Tolerance tolerance = new Tolerance(options.outOfOrder(), options.retryFailed());
        if (options.dryRun()) {
            session.readIfPresent();
            StatusReport report = requireRunnable(tolerance, options.target());
            List<MigrationScript> pending = new ArrayList<>(pending(report, options));
            pending.addAll(due(report));
            lint(pending, options);
            return new MigrateResult(report.current(), report.current(), pending, true);
        }
        try (RunLock lock = session.dialect.locking().lock(session.connection, session.settings, listener)) {
            exclusive = lock.exclusive();
            if (!session.history.exists(session.connection)) {
                session.requireEmptyOrManaged();
                session.history.create(session.connection);
            }
            session.refresh();
            StatusReport report = requireRunnable(tolerance, options.target());
            int planRank = session.lastRank();
            List<MigrationScript> applied = new ArrayList<>();
            List<MigrationScript> pending = pending(report, options);
            // Repeatable migrations after the versioned ones, as Flyway applies them: each whose file changed, once.
            List<MigrationScript> repeatable = due(report);
            List<MigrationScript> all = new ArrayList<>(pending);
            all.addAll(repeatable);
            lint(all, options);
            // Every placeholder defined and well formed, before the first migration runs.
            all.stream().filter(session.local::mayHavePlaceholders)
                    .forEach(script -> ScriptExecutor.checkPlaceholders(script, session.dialect.syntax(), session.local.placeholders()));
            RoleCheck.require(session, all);
            Callbacks callbacks = new Callbacks(session);
            callbacks.runAlone("beforeMigrate");
            try {
                for (MigrationScript script : all) {
                    last = !pending.isEmpty() && script == pending.get(pending.size() - 1);
                    if (apply(script, tolerance, planRank, callbacks)) {
                        applied.add(script);
                    }
                }
            } catch (GodwitException e) {
                callbacks.runAlone("afterMigrateError");
                throw e;
            }
            callbacks.runAlone("afterMigrate");
            Optional<Version> after = report.current();
            for (MigrationScript script : applied) {
                if (script.isRepeatable()) {
                    continue;
                }
                if (after.isEmpty() || script.version().isNewerThan(after.get())) {
                    after = Optional.of(script.version());
                }
            }
            return new MigrateResult(report.current(), after, applied, false);
        } catch (LockWaitTimeout e) {
            throw Problems.lockWait(e, session.settings.lockWait());
        }
    }

    private StatusReport requireRunnable(Tolerance tolerance, Version target) {
        StatusReport report = session.status(tolerance);
        if (report.blocksMigrate()) {
            throw Problems.refuse("migrate", report.problems());
        }
        if (target != null && report.current().isPresent() && report.current().get().isNewerThan(target)) {
            Version current = report.current().get();
            boolean undoable = session.local.migrations().undoOf(current).isPresent();
            throw GodwitException.of(ProblemCode.TARGET_BEHIND,
                    Message.of("run.target-behind", "current", current, "target", target),
                    undoable ? Message.of("run.target-behind.next") : Message.of("run.target-behind.next-no-undo", "current", current),
                    Message.of("run.target-behind.detail"));
        }
        return report;
    }

    /** Lint errors in what is about to run stop the run (unless told to skip); warnings are passed on. */
    private void lint(List<MigrationScript> pending, MigrateOptions options) {
        Linter linter = new Linter(session.dialect.syntax(), session.dialect.capabilities(), lintSettings);
        List<Finding> errors = new ArrayList<>();
        for (MigrationScript script : pending) {
            for (Finding finding : linter.lint(script)) {
                if (finding.severity() == Finding.Severity.ERROR && !options.skipLint()) {
                    errors.add(finding);
                } else {
                    listener.warning(finding.render());
                }
            }
        }
        if (!errors.isEmpty()) {
            List<Message> details = new ArrayList<>();
            errors.forEach(f -> {
                // The rule's own words are English, like the docs/lint.md they point to.
                details.add(Message.verbatim(f.render()));
                details.add(Message.of("run.lint.fix", "fix", f.fix()));
            });
            details.add(Message.of("run.lint.nothing-applied"));
            throw new GodwitException(Problem.of(ProblemCode.LINT_ERRORS, Message.of("run.lint", "count", errors.size()), details,
                    Message.of("run.lint.next")));
        }
    }

    /** The repeatable migrations that never ran here, or changed since they did. */
    private static List<MigrationScript> due(StatusReport report) {
        return report.repeatable().stream().filter(RepeatableStatus::due).map(RepeatableStatus::script).toList();
    }

    private static List<MigrationScript> pending(StatusReport report, MigrateOptions options) {
        List<MigrationScript> pending = new ArrayList<>();
        for (MigrationStatus status : report.migrations()) {
            boolean runnable = status.state() == MigrationState.PENDING
                    || (status.state() == MigrationState.OUT_OF_ORDER && options.outOfOrder())
                    || (status.state() == MigrationState.FAILED && options.retryFailed());
            Version target = options.target();
            if (runnable && status.script() != null && (target == null || !status.version().isNewerThan(target))) {
                pending.add(status.script());
            }
        }
        return pending;
    }

    /** @return false when another process applied it meanwhile */
    private boolean apply(MigrationScript script, Tolerance tolerance, int planRank, Callbacks callbacks) throws SQLException {
        listener.applying(script);
        long started = System.nanoTime();
        boolean done = !script.isJava() && Directives.of(script.path()).noTransaction()
                ? applyOutsideTransaction(script, tolerance, planRank, callbacks)
                : applyInTransaction(script, tolerance, planRank, callbacks);
        if (done) {
            listener.applied(script, (System.nanoTime() - started) / 1_000_000);
        }
        return done;
    }

    /** Where a transactional migration was when it failed: what the database has of it depends on it. */
    enum Phase { BEGIN, STATEMENTS, HISTORY, COMMIT }

    private boolean applyInTransaction(MigrationScript script, Tolerance tolerance, int planRank, Callbacks callbacks) throws SQLException {
        LockRetry retry = LockRetry.startingNow(session.settings);
        while (true) {
            Phase phase = Phase.BEGIN;
            try {
                String prelude = session.dialect.transactions().beginDeferred(session.connection, session.settings);
                phase = Phase.STATEMENTS;
                if (!exclusive || callbacks.any("beforeEachMigrate")) {
                    // Something runs before the migration's first statement: the transaction's set-up goes first, alone.
                    ScriptExecutor.runPrelude(session.connection, prelude);
                    prelude = "";
                }
                if (appliedMeanwhile(script, tolerance, planRank)) {
                    session.dialect.transactions().rollback(session.connection);
                    listener.appliedElsewhere(script);
                    return false;
                }
                long started = System.nanoTime();
                callbacks.run("beforeEachMigrate", script);
                ScriptExecutor.Outcome outcome = ScriptExecutor.runMigration(session.connection, script, session.dialect.syntax(), session.local.placeholders(), prelude);
                if (outcome.statements() == 0) {
                    session.dialect.transactions().rollback(session.connection);
                    throw empty(script);
                }
                callbacks.run("afterEachMigrate", script);
                phase = Phase.HISTORY;
                session.append(entry(script, HistoryKind.APPLY, outcome.sql(), millisSince(started), true, null).withFingerprint(fingerprint()));
                phase = Phase.COMMIT;
                session.dialect.transactions().commit(session.connection);
                if (exclusive) {
                    session.committed();
                }
                return true;
            } catch (ScriptExecutor.StatementFailed failure) {
                DatabaseError kind = session.dialect.classify(failure.error);
                if (kind == DatabaseError.CONNECTION_LOST || closed()) {
                    throw Problems.interrupted(script, failure.statement, failure.error, phase, connectionName());
                }
                List<String> rollbackFailure = session.rollbackAfter(failure);
                if (kind == DatabaseError.LOCK_TIMEOUT) {
                    List<String> holders = holders(failure.statement);
                    Optional<Duration> pause = retry.next();
                    if (pause.isEmpty()) {
                        throw Problems.tableLockTimeout(script, failure, holders, retry.attempts(), session.settings);
                    }
                    listener.retrying(script, retry.attempts() - 1, pause.get(), Problems.waitedFor(failure, holders, session.settings));
                    sleep(script, pause.get());
                    continue;
                }
                if (kind == DatabaseError.DISK_FULL) {
                    throw Problems.diskFull(script, failure.statement, failure.error, connectionName(), rollbackFailure);
                }
                Optional<String> mismatch = DialectMismatch.of(session.dialect, failure.statement.sql(), failure.error.getMessage());
                throw failed(script, failure, rolledBack(rollbackFailure), mismatch.map(Message::verbatim).orElse(Message.of("run.failed.next")));
            } catch (JavaRun.Failed failure) {
                List<String> rollbackFailure = session.rollbackAfter(failure);
                throw Problems.javaFailed(script, failure, rolledBack(rollbackFailure));
            } catch (SQLException e) {
                if (session.dialect.classify(e) == DatabaseError.CONNECTION_LOST || closed()) {
                    throw Problems.interrupted(script, null, e, phase, connectionName());
                }
                List<String> rollbackFailure = session.rollbackAfter(e);
                if (session.dialect.classify(e) == DatabaseError.DISK_FULL) {
                    throw Problems.diskFull(script, null, e, connectionName(), rollbackFailure);
                }
                throw Problems.databaseFailed(script, e, phase, rollbackFailure, session.connectionPassword());
            } catch (RuntimeException e) {
                session.rollbackAfter(e);
                throw e;
            }
        }
    }

    private static List<Message> rolledBack(List<String> rollbackFailure) {
        List<Message> state = new ArrayList<>();
        state.add(Message.of("run.rolled-back"));
        rollbackFailure.forEach(f -> state.add(Message.verbatim(f)));
        return state;
    }

    private boolean applyOutsideTransaction(MigrationScript script, Tolerance tolerance, int planRank, Callbacks callbacks) throws SQLException {
        if (appliedMeanwhile(script, tolerance, planRank)) {
            listener.appliedElsewhere(script);
            return false;
        }
        long started = System.nanoTime();
        session.append(entry(script, HistoryKind.START, null, 0, false, "started; runs outside a transaction"));
        session.refresh();
        ScriptExecutor.Outcome outcome;
        int[] done = {0};
        // No transaction to share: the Each callbacks run in transactions of their own.
        callbacks.runAlone("beforeEachMigrate", script);
        try {
            outcome = ScriptExecutor.run(session.connection, script, session.dialect.syntax(), session.local.placeholders(), statement -> {
                session.append(entry(script, HistoryKind.PROGRESS, null, millisSince(started), true,
                        "statement " + statement.number() + " (line " + statement.line() + ") done"));
                session.refresh();
                done[0] = statement.number();
            });
        } catch (ScriptExecutor.StatementFailed failure) {
            if (session.dialect.classify(failure.error) == DatabaseError.CONNECTION_LOST || closed()) {
                throw Problems.interruptedOutsideTransaction(script, failure.statement.number(), failure.statement.line(), failure.error, connectionName());
            }
            String where = "statement " + failure.statement.number() + " (line " + failure.statement.line() + ")";
            session.append(entry(script, HistoryKind.APPLY, null, millisSince(started), false,
                    "failed at " + where + ": " + failure.error.getMessage()));
            session.refresh();
            Message state = failure.statement.number() == 1 ? Message.of("run.failed.outside.none-ran")
                    : Message.of("run.failed.outside.ran", "last", failure.statement.number() - 1);
            throw failed(script, failure, List.of(state), Message.of("run.failed.outside.next"));
        } catch (SQLException e) {
            if (session.dialect.classify(e) == DatabaseError.CONNECTION_LOST || closed()) {
                throw Problems.interruptedOutsideTransaction(script, done[0] + 1, 0, e, connectionName());
            }
            throw e;
        }
        if (outcome.statements() == 0) {
            session.append(entry(script, HistoryKind.APPLY, null, millisSince(started), false, "the file has no SQL statement"));
            throw empty(script);
        }
        callbacks.runAlone("afterEachMigrate", script);
        session.append(entry(script, HistoryKind.APPLY, outcome.sql(), millisSince(started), true, null).withFingerprint(fingerprint()));
        session.refresh();
        return true;
    }

    private boolean closed() {
        try {
            return session.connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private String connectionName() {
        return session.dialect.name();
    }

    /** Whom the statement waited for, asked after the rollback; the question itself must not fail the run. */
    private List<String> holders(SqlStatement statement) {
        List<String> tables = StatementParser.parse(statement).stream().map(ParsedStatement::table).filter(java.util.Objects::nonNull).distinct().toList();
        try {
            return session.dialect.locking().holders(session.connection, tables);
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Re-reads history (inside the migration's transaction where there is one) for work another
     * process did on this version since the plan was made.
     */
    private boolean appliedMeanwhile(MigrationScript script, Tolerance tolerance, int planRank) throws SQLException {
        if (exclusive) {
            return false;
        }
        session.refresh();
        if (script.isRepeatable()) {
            // Another run applied this very file meanwhile (SQLite has no run lock: BEGIN IMMEDIATE serializes the runs).
            return RepeatableStatus.of(session.local.migrations(), session.local.checksums(), session.rows()).stream()
                    .anyMatch(r -> r.script().equals(script) && !r.due());
        }
        if (!session.touchedAfter(script.version(), planRank)) {
            return false;
        }
        Optional<MigrationStatus> now = session.status(tolerance).migrations().stream()
                .filter(s -> s.version().equals(script.version())).findFirst();
        if (now.isPresent() && now.get().state().isInDatabase()) {
            return true;
        }
        throw Problems.refuse("migrate", session.status(tolerance).problems());
    }

    /**
     * The live schema's fingerprint, read once per run: inside the last migration's transaction,
     * after its statements, so it lands in that migration's history row.
     */
    private String fingerprint() throws SQLException {
        return last ? VersionFingerprints.of(session.dialect.inspector().inspect(session.connection)) : null;
    }

    private void sleep(MigrationScript script, Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GodwitException.of(ProblemCode.INTERRUPTED, Message.of("run.interrupted", "script", script.fileName()), Message.of("run.interrupted.next"), Message.of("run.interrupted.detail", "script", script.fileName()));
        }
    }

    private HistoryEntry entry(MigrationScript script, HistoryKind kind, String sql, long millis, boolean success, String detail) {
        return new HistoryEntry(kind, script.version(), script.description(), script.fileName(),
                session.local.checksum(script), sql, null, millis, success, detail);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static GodwitException empty(MigrationScript script) {
        return GodwitException.of(ProblemCode.EMPTY_MIGRATION, Message.of("run.empty-migration", "script", script.fileName()), Message.of("run.empty-migration.next"));
    }

    static GodwitException failed(MigrationScript script, ScriptExecutor.StatementFailed failure, List<Message> state, Message next) {
        List<Message> details = new ArrayList<>();
        details.add(Problems.databaseSaid(failure.error.getMessage().strip()));
        details.addAll(state);
        return new GodwitException(Problem.of(ProblemCode.MIGRATION_FAILED,
                Message.of("run.failed", "file", script.fileName(), "statement", failure.statement.number(), "line", failure.statement.line()),
                details, next), failure.error);
    }
}
