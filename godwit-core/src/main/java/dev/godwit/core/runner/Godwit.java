package dev.godwit.core.runner;

import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.sql.ScriptExecutor;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.SchemaLoader;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Planner;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.DevDatabase;
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

    public Godwit(GodwitConfig config, RunListener listener) {
        this.config = config;
        this.listener = listener;
    }

    public GodwitConfig config() {
        return config;
    }

    /** Applies pending migrations (see {@link MigrateOptions}). */
    public MigrateResult migrate(MigrateOptions options) {
        requireDatabase();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        local.requireSumMatches();
        return withSession(local, session -> new Migrator(session, listener).migrate(options));
    }

    /**
     * Every migration and where it stands. Its problems are exactly what would stop {@code migrate}
     * (including a {@code godwit.sum} mismatch and a database with tables but no history).
     */
    public StatusReport status() {
        requireDatabase();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        List<String> sumDifferences = local.sumDifferences();
        return withSession(local, session -> {
            session.readIfPresent();
            StatusReport report = session.status(Tolerance.NONE);
            List<Problem> problems = new ArrayList<>();
            if (!sumDifferences.isEmpty()) {
                problems.add(Problem.action("godwit.sum does not match the migration files", sumDifferences,
                        "if these changes are deliberate and none of them has been applied anywhere, run `godwit hash`; otherwise restore the files"));
            }
            try {
                session.requireEmptyOrManaged();
            } catch (GodwitException e) {
                problems.add(e.problem());
            }
            problems.addAll(report.problems());
            return new StatusReport(report.migrations(), report.current(), problems);
        });
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
        LocalMigrations local = LocalMigrations.load(config.migrations());
        local.requireSumMatches();
        return withSession(local, session -> {
            try (RunLock ignored = session.dialect.lock(session.connection, session.settings, listener)) {
                session.readIfPresent();
                StatusReport report = session.status(Tolerance.NONE);
                if (report.blocksMigrate()) {
                    throw Problems.refuse("undo", report.problems());
                }
                MigrationStatus last = report.migrations().stream()
                        .filter(s -> s.state().isInDatabase()).reduce((a, b) -> b)
                        .orElseThrow(() -> GodwitException.action("nothing to undo: no migration is applied", null));
                if (last.state() != MigrationState.APPLIED) {
                    throw GodwitException.action("V" + last.version() + " is the baseline: there is no migration to undo", null);
                }
                MigrationScript undo = local.migrations().undoOf(last.version()).orElseThrow(() -> GodwitException.action(
                        "V" + last.version() + " (" + last.description() + ") has no undo file",
                        "write U" + last.version() + "__" + last.script().fileName().substring(last.script().fileName().indexOf("__") + 2)
                                + " with the SQL that reverses it, run `godwit hash`, then `godwit undo`"));
                session.dialect.begin(session.connection, session.settings);
                try {
                    long started = System.nanoTime();
                    ScriptExecutor.Outcome outcome = ScriptExecutor.run(session.connection, undo, session.dialect.syntax(), ScriptExecutor.AfterStatement.NOTHING);
                    if (outcome.statements() == 0) {
                        throw Migrator.empty(undo);
                    }
                    session.append(new HistoryEntry(HistoryKind.UNDO, last.version(), last.description(), undo.fileName(),
                            local.checksum(undo), outcome.sql(), null, (System.nanoTime() - started) / 1_000_000, true, null));
                    session.dialect.commit(session.connection);
                } catch (ScriptExecutor.StatementFailed failure) {
                    session.dialect.rollback(session.connection);
                    throw Migrator.failed(undo, failure, "nothing was undone: the transaction was rolled back",
                            "fix the undo file, then run `godwit hash` and `godwit undo`");
                } catch (SQLException | RuntimeException e) {
                    session.dialect.rollback(session.connection);
                    throw e;
                }
                return undo;
            } catch (LockWaitTimeout e) {
                throw GodwitException.action("gave up waiting for the migration lock: " + e.getMessage(), "try again when the other run has finished");
            }
        });
    }

    /**
     * Records that the database is at {@code version} without running anything. Refuses when the
     * database already has godwit history.
     */
    public void baseline(Version version) {
        requireDatabase();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        withSession(local, session -> {
            try (RunLock ignored = session.dialect.lock(session.connection, session.settings, listener)) {
                session.readIfPresent();
                if (!session.rows().isEmpty()) {
                    Optional<Version> current = session.status(Tolerance.NONE).current();
                    throw GodwitException.action(
                            "the database already has godwit history (" + session.rows().size() + " rows, current version "
                                    + current.map(Version::toString).orElse("none") + ")",
                            "baseline is for databases godwit has never migrated; see `godwit status`");
                }
                session.history.create(session.connection);
                String description = local.migrations().versioned(version).map(MigrationScript::description).orElse("baseline");
                session.append(new HistoryEntry(HistoryKind.BASELINE, version, description, null, null, null, null, 0, true,
                        "recorded by baseline: the schema was declared to be at this version; nothing ran"));
                return null;
            } catch (LockWaitTimeout e) {
                throw GodwitException.action("gave up waiting for the migration lock: " + e.getMessage(), "try again when the other run has finished");
            }
        });
    }

    /**
     * The live database against what its applied migrations produce (replayed on a dev database):
     * the plan that would bring the live schema back to them, empty when there is no drift.
     */
    public Drift drift() {
        Dialect dialect = dialect();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        Version current = status().current().orElse(null);
        Schema live = inspectLive();
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            SchemaLoader loader = new dev.godwit.core.generate.SchemaLoader(dialect, dev);
            if (current == null) {
                return new Drift(null, Planner.plan(live, Schema.EMPTY, dialect.renderer()));
            }
            try (SchemaLoader.Loaded expected = loader.replay(local, current)) {
                return new Drift(current, Planner.plan(live, expected.schema(), dialect.renderer()));
            }
        } catch (SQLException e) {
            throw GodwitException.action("the dev database failed: " + Redaction.text(e.getMessage(), config.dev().password()),
                    "run the command again; if it persists, set dev-url to a database godwit may create schemas in");
        }
    }

    /** @param version the applied version the live schema was compared with, or {@code null} when none is */
    public record Drift(Version version, Plan reconcile) {
    }

    /** The live database's schema, as its dialect's inspector reads it. */
    public Schema inspectLive() {
        requireDatabase();
        Dialect dialect = dialect();
        try (Connection connection = Database.connect(config.connection(), dialect)) {
            return dialect.inspector().inspect(connection);
        } catch (SQLException e) {
            throw GodwitException.action("reading the database's schema failed: " + Redaction.text(e.getMessage(), config.connection().password()),
                    "check the user may read the catalog, and run the command again");
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
    private void requireDatabase() {
        dialect();
        if (config.connection().url() == null) {
            throw GodwitException.configuration("no database URL",
                    "set url= in godwit.properties, GODWIT_URL or DATABASE_URL, or pass --url");
        }
    }

    private interface SessionWork<T> {
        T run(Session session) throws SQLException;
    }

    private <T> T withSession(LocalMigrations local, SessionWork<T> work) {
        Dialect dialect = dialect();
        try (Connection connection = Database.connect(config.connection(), dialect)) {
            return work.run(new Session(connection, dialect, config.settings(), local));
        } catch (SQLException e) {
            throw GodwitException.action("the database failed: " + Redaction.text(e.getMessage(), config.connection().password()),
                    "check the database is reachable and run the command again",
                    "SQL state " + e.getSQLState());
        }
    }
}
