package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.TextFiles;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.sql.ScriptExecutor;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.history.HistoryEntry;
import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.SumFile;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.LockWaitTimeout;
import dev.godwit.core.spi.Redaction;
import dev.godwit.core.spi.RunLock;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.status.MigrationStatus;
import dev.godwit.core.status.StatusCalculator.Tolerance;
import dev.godwit.core.status.StatusReport;

import dev.godwit.core.generate.VersionFingerprints;
import dev.godwit.core.history.ForeignHistory;
import dev.godwit.core.history.HistoryRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * godwit's operations on one configured database and migrations directory: the Java API behind
 * the command line. Each call opens its own connection and closes it before returning.
 *
 * <p>Every user-facing failure is a {@link GodwitException} carrying a {@link Problem};
 * anything else is a bug.
 */
public final class Godwit {

    private final GodwitConfig config;
    private final RunListener listener;
    private final ConnectionOpener opener;

    /** Opens a connection to the target, e.g. from an application's {@code DataSource}. */
    public interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    public Godwit(GodwitConfig config, RunListener listener) {
        this(config, listener, null);
    }

    /**
     * @param opener where connections come from instead of the configured URL (which still names the
     *               dialect); the connection is closed after each operation, as a pool expects
     */
    public Godwit(GodwitConfig config, RunListener listener, ConnectionOpener opener) {
        this.config = config;
        this.listener = listener;
        this.opener = opener;
    }

    public GodwitConfig config() {
        return config;
    }

    /**
     * Configures a run in code, Flyway-style:
     * {@code Godwit.configure().dataSource(url, user, password).locations("classpath:db/godwit").load().migrate()}.
     */
    public static GodwitBuilder configure() {
        return new GodwitBuilder();
    }

    /** Applies pending migrations, with the defaults of {@link MigrateOptions#DEFAULT}. */
    public MigrateResult migrate() {
        return migrate(MigrateOptions.DEFAULT);
    }

    /** Applies pending migrations (see {@link MigrateOptions}). */
    public MigrateResult migrate(MigrateOptions options) {
        requireDatabase();
        dialect().newDatabaseFile(config.connection().url()).ifPresent(file ->
                listener.warning(dev.godwit.core.message.Message.of("run.creating-database", "database", dialect().displayName(),
                        "file", file.toAbsolutePath().normalize())));
        InBackground<Lease> opening = openEarly();
        ReadFiles read = whileOpening(opening);
        LocalMigrations local = read.local();
        boolean sumAgrees = read.sumDifferences().isEmpty();
        return withSession(opening, local, session -> {
            if (!sumAgrees) {
                // An applied file that was edited gets history's advice (restore it), not the sum file's (rehash it).
                session.readIfPresent();
                List<Problem> history = session.status(Tolerance.NONE).problems().stream()
                        .filter(p -> p.code() == ProblemCode.CHECKSUM_CHANGED || p.code() == ProblemCode.FILE_MISSING).toList();
                if (!history.isEmpty()) {
                    throw Problems.refuse("migrate", history);
                }
                local.requireSumMatches();
            }
            return new Migrator(session, listener, config.lint()).migrate(options);
        });
    }

    /**
     * Every migration and where it stands. Its problems are exactly what would stop {@code migrate}
     * (including a {@code godwit.sum} mismatch and a database with tables but no history).
     */
    public StatusReport status() {
        requireDatabase();
        InBackground<Lease> opening = openEarly();
        ReadFiles read = whileOpening(opening);
        LocalMigrations local = read.local();
        List<Message> sumDifferences = read.sumDifferences();
        if (!sumDifferences.isEmpty() && dialect().newDatabaseFile(config.connection().url()).isPresent()) {
            // No database to read, and the files' own problem to tell: that one, without creating the database.
            StatusReport files = dev.godwit.core.status.StatusCalculator.compute(local.migrations(), local.checksums(), List.of(), Tolerance.NONE);
            return new StatusReport(files.migrations(), Optional.empty(), List.of(sumMismatch(sumDifferences)), List.of(), files.repeatable());
        }
        requireExisting();
        return withSession(opening, local, session -> {
            session.readIfPresent();
            StatusReport report = session.status(Tolerance.NONE);
            List<Problem> problems = new ArrayList<>();
            if (!sumDifferences.isEmpty()) {
                problems.add(sumMismatch(sumDifferences));
            }
            try {
                session.requireEmptyOrManaged();
            } catch (GodwitException e) {
                problems.add(e.problem());
            }
            List<Message> truth = explain(session, report);
            for (Problem problem : report.problems()) {
                problems.add(problem.withDetailMessages(truth));
            }
            return new StatusReport(report.migrations(), report.current(), problems, session.dialect.inspector().unmodelled(session.connection),
                    report.repeatable());
        });
    }

    private static Problem sumMismatch(List<Message> differences) {
        return Problem.of(ProblemCode.SUM_MISMATCH, Message.of("files.sum.mismatch"), differences,
                Message.of("files.sum.mismatch.next"));
    }

    /**
     * What the live schema says about a history that disagrees with the files: which version it
     * matches, or how it differs. Costs a replay on the dev database, so only when something is wrong.
     */
    private List<Message> explain(Session session, StatusReport report) throws SQLException {
        boolean disputed = report.migrations().stream().anyMatch(m -> m.state() == MigrationState.CHANGED
                || m.state() == MigrationState.MISSING || m.state() == MigrationState.FAILED);
        if (!disputed) {
            return List.of();
        }
        try {
            LiveTruth truth = new LiveTruth(session.dialect, config.dev(), session.local);
            LiveTruth.Finding finding = truth.find(session.connection);
            if (!finding.matches().isEmpty()) {
                return List.of(Message.of("status.live.matches", "versions", finding.matches().stream().map(LiveTruth::name)
                        .collect(java.util.stream.Collectors.joining(" / "))));
            }
            LiveTruth.Comparison comparison = truth.compare(finding.live(), report.current());
            return List.of(Message.of("status.live.differs", "version", LiveTruth.name(report.current()),
                    "differences", String.join("; ", comparison.differences())));
        } catch (GodwitException e) {
            return List.of(Message.of("status.live.unknown", "problem", e.problem().summaryMessage()));
        }
    }

    /**
     * Lints migration files: the given ones; else, with a database configured, the pending ones;
     * else every file.
     */
    public List<dev.godwit.core.lint.Finding> lint(List<Path> files) {
        Dialect dialect = dialect();
        dev.godwit.core.lint.Linter linter = new dev.godwit.core.lint.Linter(dialect.syntax(), dialect.capabilities(), config.lint());
        List<MigrationScript> scripts = new ArrayList<>();
        if (!files.isEmpty()) {
            for (Path file : files) {
                Path resolved = config.baseDirectory().resolve(file);
                if (!Files.isRegularFile(resolved)) {
                    throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("run.bad-argument", "file", file), Message.of("run.bad-argument.next"));
                }
                scripts.add(new MigrationScript(dev.godwit.core.migration.ScriptKind.VERSIONED, Version.parse("0"),
                        resolved.getFileName().toString(), resolved));
            }
        } else if (config.connection().url() != null) {
            status().migrations().stream().filter(m -> m.script() != null && (m.state() == MigrationState.PENDING
                    || m.state() == MigrationState.OUT_OF_ORDER || m.state() == MigrationState.FAILED)).forEach(m -> scripts.add(m.script()));
        } else {
            scripts.addAll(LocalMigrations.load(config.migrations(), config.placeholders(), config.code()).migrations().versioned());
        }
        List<dev.godwit.core.lint.Finding> findings = new ArrayList<>();
        scripts.forEach(s -> findings.addAll(linter.lint(s)));
        return findings;
    }

    /** Lints every migration file, without connecting (for `check`). */
    public List<dev.godwit.core.lint.Finding> lintEveryFile() {
        Dialect dialect = dialect();
        dev.godwit.core.lint.Linter linter = new dev.godwit.core.lint.Linter(dialect.syntax(), dialect.capabilities(), config.lint());
        List<dev.godwit.core.lint.Finding> findings = new ArrayList<>();
        LocalMigrations.load(config.migrations(), config.placeholders(), config.code()).migrations().versioned().forEach(s -> findings.addAll(linter.lint(s)));
        return findings;
    }

    /** The problems between the files and the database's history; empty when they agree. */
    public List<Problem> validate() {
        return status().problems();
    }

    /**
     * Runs the {@code U} file of the newest applied migration, in one transaction with its history row.
     *
     * @return the migration undone
     */
    public MigrationScript undo() {
        requireDatabase();
        LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        requireExisting();
        local.requireSumMatches();
        return withSession(local, session -> {
            try (RunLock ignored = session.dialect.locking().lock(session.connection, session.settings, listener)) {
                session.readIfPresent();
                StatusReport report = session.status(Tolerance.NONE);
                if (report.blocksMigrate()) {
                    throw Problems.refuse("undo", report.problems());
                }
                MigrationStatus last = report.migrations().stream()
                        .filter(s -> s.state().isInDatabase()).reduce((a, b) -> b)
                        .orElseThrow(() -> GodwitException.of(ProblemCode.NOTHING_TO_UNDO, Message.of("run.nothing-to-undo"), null));
                if (last.state() != MigrationState.APPLIED) {
                    throw GodwitException.of(ProblemCode.NOTHING_TO_UNDO, Message.of("run.nothing-to-undo-2", "last", last.version()), null);
                }
                MigrationScript undo = local.migrations().undoOf(last.version()).orElseThrow(() -> GodwitException.of(ProblemCode.NO_UNDO_FILE, Message.of("run.no-undo-file", "version", last.version(), "description", last.description()), Message.of("run.no-undo-file.next", "version", last.version(), "name", last.script().fileName().substring(last.script().fileName().indexOf("__") + 2))));
                session.dialect.transactions().begin(session.connection, session.settings);
                try {
                    long started = System.nanoTime();
                    ScriptExecutor.Outcome outcome = ScriptExecutor.run(session.connection, undo, session.dialect.syntax(), session.local.placeholders(), ScriptExecutor.AfterStatement.NOTHING);
                    if (outcome.statements() == 0) {
                        throw Migrator.empty(undo);
                    }
                    session.append(new HistoryEntry(HistoryKind.UNDO, last.version(), last.description(), undo.fileName(),
                            local.checksum(undo), outcome.sql(), null, (System.nanoTime() - started) / 1_000_000, true, null));
                    session.dialect.transactions().commit(session.connection);
                } catch (ScriptExecutor.StatementFailed failure) {
                    List<Message> state = new ArrayList<>(List.of(Message.of("run.undo.rolled-back")));
                    session.rollbackAfter(failure).forEach(f -> state.add(Message.verbatim(f)));
                    throw Migrator.failed(undo, failure, state, Message.of("run.undo.failed.next"));
                } catch (SQLException | RuntimeException e) {
                    session.rollbackAfter(e);
                    throw e;
                }
                return undo;
            } catch (LockWaitTimeout e) {
                throw Problems.lockWait(e, config.settings().lockWait());
            }
        });
    }

    /** Records that the database is at {@code version} without running anything (see {@link #baseline(BaselineRequest)}). */
    public void baseline(Version version) {
        baseline(new BaselineRequest(Optional.of(version), false));
    }

    /**
     * What {@code baseline} is asked: a version to record as is, or none to find the version
     * whose replayed schema the live database matches; {@code generate} writes
     * {@code V1__baseline.sql} from the live schema when there are no migrations at all.
     */
    public record BaselineRequest(Optional<Version> version, boolean generate) {
    }

    /**
     * Adopts a database godwit did not create. Refuses when it already has godwit history; leaves
     * other tools' history tables ({@code alembic_version}, {@code flyway_schema_history}) alone.
     *
     * @return what was established (the version, the tool recognized, the file generated)
     */
    public BaselineResult baseline(BaselineRequest request) {
        requireDatabase();
        LocalMigrations files = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        requireExisting();
        files.requireSumMatches();
        return withSession(files, session -> {
            try (RunLock ignored = session.dialect.locking().lock(session.connection, session.settings, listener)) {
                return new Baseliner(session, config.dev(), config.placeholders(), config.code()).baseline(request);
            } catch (LockWaitTimeout e) {
                throw Problems.lockWait(e, config.settings().lockWait());
            }
        });
    }

    /**
     * @param tool       the migration tool whose history table was found, if any
     * @param generated  the V1 written by --generate
     * @param position   where that tool's history says the database is, when it says a version the migrations know
     * @param repeatable the repeatable migrations recorded as part of the live schema (Flyway ran them)
     */
    public record BaselineResult(Version version, Optional<String> tool, Path generated,
                                 Optional<dev.godwit.core.history.ForeignHistory.Position> position, List<MigrationScript> repeatable) {
    }

    /**
     * Rewrites history to what the live schema proves, when it matches exactly one version the
     * files produce; otherwise changes nothing and reports the difference.
     */
    public RepairResult repair(boolean dryRun) {
        requireDatabase();
        LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        requireExisting();
        local.requireSumMatches();
        return withSession(local, session -> {
            try (RunLock ignored = session.dialect.locking().lock(session.connection, session.settings, listener)) {
                return new Repairer(session, config.dev()).repair(dryRun);
            } catch (LockWaitTimeout e) {
                throw Problems.lockWait(e, config.settings().lockWait());
            }
        });
    }

    /**
     * Writes a lost migration file back from the SQL history stored when it ran, and records it in
     * {@code godwit.sum}.
     */
    public Path recover(Version version) {
        requireDatabase();
        Path directory = config.migrations();
        LocalMigrations local = LocalMigrations.load(directory, config.placeholders(), config.code());
        local.migrations().versioned(version).ifPresent(existing -> {
            throw GodwitException.of(ProblemCode.NOTHING_TO_RECOVER, Message.of("run.nothing-to-recover", "existing", existing.fileName(), "version", version), Message.of("run.nothing-to-recover.next"));
        });
        return withSession(local, session -> {
            session.readIfPresent();
            HistoryRow ran = session.rows().stream()
                    .filter(r -> version.equals(r.version()) && r.kind() == HistoryKind.APPLY && r.success())
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> GodwitException.of(ProblemCode.NOTHING_TO_RECOVER, Message.of("run.nothing-to-recover-2", "version", version), Message.of("run.nothing-to-recover-2.next")));
            String sql = session.history.storedSql(session.connection, ran.rank());
            if (sql == null) {
                throw GodwitException.of(ProblemCode.SQL_NOT_KEPT, Message.of("run.sql-not-kept", "script", ran.script()), Message.of("run.sql-not-kept.next"));
            }
            Path file = directory.resolve(ran.script());
            TextFiles.write(file, sql);
            LocalMigrations.rehash(directory);
            return file;
        });
    }

    /**
     * The live database against what its applied migrations produce (replayed on a dev database):
     * the plan that would bring the live schema back to them, empty when there is no drift.
     */
    public Drift drift() {
        LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        Optional<Version> current = status().current();
        Schema live = inspectLive().without(ForeignHistory.TABLES.keySet());
        try {
            LiveTruth.Comparison comparison = new LiveTruth(dialect(), config.dev(), local).compare(live, current);
            return new Drift(current.orElse(null), comparison.reconcile(), comparison.unmodelled(), live.unmodelled());
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_FAILED, Message.of("run.dev-database-failed", "reason", Redaction.text(e.getMessage(), config.dev().password())), Message.of("run.dev-database-failed.next"));
        }
    }

    /**
     * @param version     the applied version the live schema was compared with, or {@code null} when none is
     * @param reconcile   the SQL that brings the modelled schema back to what the files produce
     * @param unmodelled  differences in what godwit does not model (no SQL is generated for them), one line each
     * @param notCompared what the live schema holds that godwit does not model
     */
    public record Drift(Version version, Plan reconcile, List<String> unmodelled, List<dev.godwit.core.schema.Unmodelled> notCompared) {

        /** Whether the live schema is what the files produce, as far as anyone can see. */
        public boolean none() {
            return reconcile.isEmpty() && unmodelled.isEmpty();
        }
    }

    /** Every row of the database's {@code godwit_history}, oldest first: applies, failures, undos, repairs (empty before the first run). */
    public List<dev.godwit.core.history.HistoryRow> history() {
        requireDatabase();
        requireExisting();
        InBackground<Lease> opening = openEarly();
        LocalMigrations local = whileOpening(opening).local();
        return withSession(opening, local, session -> {
            session.readIfPresent();
            return session.rows();
        });
    }

    /** The live database's schema, as its dialect's inspector reads it. */
    public Schema inspectLive() {
        requireDatabase();
        requireExisting();
        Dialect dialect = dialect();
        try (Lease lease = new Lease(dialect)) {
            return dialect.inspector().inspect(lease.connection);
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DATABASE_ERROR, Message.of("run.database-error-2", "reason", Redaction.text(e.getMessage(), config.connection().password())), Message.of("run.database-error-2.next"));
        }
    }


    /** Rewrites {@code godwit.sum} from the files (after a deliberate edit of unapplied migrations). */
    public static SumFile hash(java.nio.file.Path migrationsDirectory) {
        return LocalMigrations.rehash(migrationsDirectory);
    }

    /** The dialect of the configured database. */
    public Dialect dialect() {
        return Dialects.resolve(config.dialect(), config.connection().url());
    }

    /** Configuration problems first: a missing URL matters more than a missing folder. */
    /** Commands that read a database never create one: a URL naming a database file that does not exist is a mistake to name, not a new database. */
    private void requireExisting() {
        Optional<Path> missing = dialect().newDatabaseFile(config.connection().url());
        // With schemas= set, the connection refuses them first: that configuration error is the one to report.
        if (missing.isPresent() && config.connection().schemas().isEmpty()) {
            throw GodwitException.of(ProblemCode.DATABASE_MISSING, Message.of("run.database-missing", "displayName", dialect().displayName(), "missing", missing.get().toAbsolutePath().normalize()), Message.of("run.database-missing.next", "displayName", dialect().displayName()));
        }
    }

    private void requireDatabase() {
        dialect();
        if (config.connection().url() == null) {
            throw GodwitException.of(ProblemCode.NO_DATABASE_URL, Message.of("run.no-database-url-2"), Message.of("run.no-database-url-2.next"));
        }
    }

    private Connection open(Dialect dialect) throws SQLException {
        if (opener == null) {
            return Database.connect(config.connection(), dialect);
        }
        Connection connection = opener.open();
        connection.setAutoCommit(true);
        dialect.initialize(connection, config.connection().schemas());
        return connection;
    }

    /**
     * A connection for one command. One the application lent (a pool's) goes back as it came: what
     * {@code schemas=} set on it (the search path) is reset, or the application's queries would run
     * in godwit's schema.
     */
    private final class Lease implements AutoCloseable {
        final Connection connection;
        private final Dialect dialect;

        Lease(Dialect dialect) throws SQLException {
            this.dialect = dialect;
            this.connection = open(dialect);
        }

        @Override
        public void close() throws SQLException {
            try {
                if (opener != null && !config.connection().schemas().isEmpty() && !connection.isClosed()) {
                    dialect.release(connection);
                }
            } finally {
                connection.close();
            }
        }
    }

    private interface SessionWork<T> {
        T run(Session session) throws SQLException;
    }

    private <T> T withSession(LocalMigrations local, SessionWork<T> work) {
        return withSession(null, local, work);
    }

    /**
     * Starts opening the connection on another thread ({@link InBackground}: on a deploy's no-op
     * {@code migrate} the server forking a backend and the disk reading the files are waits of a few
     * milliseconds each, so side by side they take the longer of the two); on this one
     * when it comes from the application's opener, which may depend on the thread (a routing
     * data source keyed by a thread-local tenant), or when opening would create a database file
     * before the files are known to be good.
     */
    private InBackground<Lease> openEarly() {
        Dialect dialect = dialect();
        boolean creates = dialect.newDatabaseFile(config.connection().url()).isPresent();
        return opener == null && !creates ? InBackground.start(() -> new Lease(dialect)) : null;
    }

    /** The migration files and how they differ from {@code godwit.sum}. */
    private record ReadFiles(LocalMigrations local, List<Message> sumDifferences) {
    }

    /** Reads the files while the connection opens; their problem, if any, is the one reported. */
    private ReadFiles whileOpening(InBackground<Lease> opening) {
        try {
            LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
            return new ReadFiles(local, local.sumDifferenceMessages());
        } catch (RuntimeException e) {
            if (opening != null) {
                opening.abandon(Godwit::closeQuietly);
            }
            throw e;
        }
    }

    private static void closeQuietly(Lease lease) {
        try {
            lease.close();
        } catch (SQLException | RuntimeException ignored) {
            // Nothing was done on it; the server ends the session anyway.
        }
    }

    private <T> T withSession(InBackground<Lease> opening, LocalMigrations local, SessionWork<T> work) {
        Dialect dialect = dialect();
        try (Lease lease = opening == null ? new Lease(dialect) : opening.get()) {
            return work.run(new Session(lease.connection, dialect, config.settings(), local, config.connection().password()));
        } catch (SQLException e) {
            throw Database.failure(e, dialect, config.connection());
        }
    }
}
