package dev.godwit.core.trace;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.SchemaLoader;
import dev.godwit.core.migration.Directives;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Placeholders;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.sql.ScriptExecutor;
import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.lint.Linter;
import dev.godwit.core.sql.StatementSplitter;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code godwit lint --trace}: each migration run on a scratch dev database where the migrations before
 * it were replayed, its locks, rewrites and scans read after each statement; a transactional one is
 * rolled back, a {@code no-transaction} one applied statement by statement (the scratch is dropped).
 */
public final class MigrationTraces {

    /**
     * @param statements one trace per statement, in order
     * @param lint       the migration's lint findings, with the trace as evidence
     */
    public record MigrationTrace(MigrationScript script, List<StatementTrace> statements, Linter.LintReport lint) {
    }

    private MigrationTraces() {
    }

    /**
     * @param files migration files of the migrations folder (by name or path); none: the newest migration.
     *              The migrations before the first are replayed once; each traced one is then applied, so
     *              the next meets the schema it was written for.
     */
    public static List<MigrationTrace> of(GodwitConfig config, Dialect dialect, List<Path> files) {
        LockTracer tracer = dialect.lockTracer().orElseThrow(() -> GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("trace.bad-argument", "displayName", dialect.displayName()), Message.of("trace.bad-argument.next")));
        LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        List<MigrationScript> versioned = local.migrations().versioned();
        java.util.Set<MigrationScript> chosen = new java.util.LinkedHashSet<>();
        if (files.isEmpty()) {
            versioned.stream().filter(m -> !m.isJava()).reduce((a, b) -> b).ifPresent(chosen::add);
        } else {
            for (Path file : files) {
                String name = file.getFileName().toString();
                chosen.add(versioned.stream().filter(m -> !m.isJava() && m.fileName().equals(name)).findFirst().orElseThrow(() ->
                        GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("trace.bad-argument-2", "name", name, "migrations", config.migrations()), Message.of("trace.bad-argument-2.next"))));
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            return trace(config, dialect, local, chosen, tracer, dev);
        }
    }

    /** As {@link #of(GodwitConfig, Dialect, List)}, on a dev database already open (the one {@code diff} compared on): no second server start. */
    public static List<MigrationTrace> of(GodwitConfig config, Dialect dialect, List<Path> files, DevDatabase dev) {
        LockTracer tracer = dialect.lockTracer().orElseThrow();
        LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        java.util.Set<MigrationScript> chosen = new java.util.LinkedHashSet<>();
        for (Path file : files) {
            local.migrations().versioned().stream().filter(m -> !m.isJava() && m.fileName().equals(file.getFileName().toString())).findFirst().ifPresent(chosen::add);
        }
        return chosen.isEmpty() ? List.of() : trace(config, dialect, local, chosen, tracer, dev);
    }

    private static List<MigrationTrace> trace(GodwitConfig config, Dialect dialect, LocalMigrations local, java.util.Set<MigrationScript> chosen,
                                              LockTracer tracer, DevDatabase dev) {
        List<MigrationScript> versioned = local.migrations().versioned();
        List<MigrationTrace> traces = new ArrayList<>();
        Linter linter = new Linter(dialect.syntax(), dialect.capabilities(), config.lint());
        int first = versioned.indexOf(chosen.stream().min(java.util.Comparator.comparingInt(versioned::indexOf)).orElseThrow());
        int last = versioned.indexOf(chosen.stream().max(java.util.Comparator.comparingInt(versioned::indexOf)).orElseThrow());
        try {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            try (Connection connection = first == 0 ? dev.create() : loader.replay(local, versioned.get(first - 1).version(), false).connection()) {
                for (MigrationScript script : versioned.subList(first, last + 1)) {
                    boolean transactional = script.isJava() || !Directives.of(script.path()).noTransaction();
                    if (chosen.contains(script)) {
                        List<StatementTrace> statements = tracer.trace(connection, dev::another, statements(script, dialect, local.placeholders()), transactional);
                        traces.add(new MigrationTrace(script, statements, linter.lint(script, statements)));
                        if (!transactional) {
                            continue; // traced statement by statement: already applied
                        }
                    }
                    apply(connection, script, dialect, local.placeholders(), dev);
                }
            }
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_FAILED, Message.of("trace.dev-database-failed", "reason", e.getMessage()), Message.of("trace.dev-database-failed.next"));
        }
        traces.sort(java.util.Comparator.comparingInt(t -> versioned.indexOf(t.script())));
        return traces;
    }

    /** Runs a migration on the scratch database, so the next traced one meets the schema it was written for. */
    private static void apply(Connection connection, MigrationScript script, Dialect dialect, Placeholders placeholders, DevDatabase dev) throws SQLException {
        try {
            ScriptExecutor.runMigration(connection, script, dialect.syntax(), placeholders);
        } catch (ScriptExecutor.StatementFailed failure) {
            throw GodwitException.of(ProblemCode.REPLAY_FAILED, Message.of("trace.replay-failed", "database", dev.describe(), "script", script.fileName(), "number", failure.statement.number(), "line", failure.statement.line()), Message.of("trace.replay-failed.next", "script", script.fileName()), Message.of("trace.replay-failed.detail", "error", failure.error.getMessage().strip()));
        } catch (dev.godwit.core.migration.JavaRun.Failed failure) {
            throw GodwitException.of(ProblemCode.REPLAY_FAILED, Message.of("trace.replay-failed-2", "database", dev.describe(), "script", script.fileName(), "said", failure.said()), Message.of("trace.replay-failed-2.next"));
        }
    }

    /** The file's statements, its placeholders replaced as a run would. */
    private static List<SqlStatement> statements(MigrationScript script, Dialect dialect, Placeholders placeholders) {
        List<SqlStatement> statements = new ArrayList<>();
        Placeholders.Builtins builtins = Placeholders.Builtins.of(name -> name);
        boolean substitute = !Directives.of(script.path()).noPlaceholders();
        try (Reader reader = dev.godwit.core.migration.TextFiles.reader(script.path());
             StatementSplitter splitter = new StatementSplitter(reader, dialect.syntax(), script.path())) {
            while (splitter.hasNext()) {
                SqlStatement s = splitter.next();
                statements.add(substitute ? new SqlStatement(s.number(), s.line(), placeholders.apply(s.sql(), script, s.line(), builtins)) : s);
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(script.path(), e);
        }
        return statements;
    }
}
