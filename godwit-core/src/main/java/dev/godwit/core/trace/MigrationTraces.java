package dev.godwit.core.trace;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.SchemaLoader;
import dev.godwit.core.migration.Directives;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Placeholders;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.sql.SqlStatement;
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
import java.util.Optional;

/**
 * {@code godwit lint --trace}: each migration run on the dev database where the migrations before it
 * were replayed, its locks and rewrites read after each statement, then rolled back.
 */
public final class MigrationTraces {

    /** @param statements one trace per statement, in order */
    public record MigrationTrace(MigrationScript script, List<StatementTrace> statements) {
    }

    private MigrationTraces() {
    }

    /** @param files migration files of the migrations folder (by name or path); none: the newest migration */
    public static List<MigrationTrace> of(GodwitConfig config, Dialect dialect, List<Path> files) {
        LockTracer tracer = dialect.lockTracer().orElseThrow(() -> GodwitException.of(ProblemCode.BAD_ARGUMENT,
                dialect.displayName() + " has no lock trace yet: godwit cannot read its locks as each statement takes them",
                "lint without --trace; the static rules still apply"));
        LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        List<MigrationScript> versioned = local.migrations().versioned();
        List<MigrationScript> chosen = new ArrayList<>();
        if (files.isEmpty()) {
            versioned.stream().filter(m -> !m.isJava()).reduce((a, b) -> b).ifPresent(chosen::add);
        } else {
            for (Path file : files) {
                String name = file.getFileName().toString();
                chosen.add(versioned.stream().filter(m -> !m.isJava() && m.fileName().equals(name)).findFirst().orElseThrow(() ->
                        GodwitException.of(ProblemCode.BAD_ARGUMENT, name + " is not a versioned migration of " + config.migrations(),
                                "name a V…__….sql file of the migrations folder: the trace replays the ones before it")));
            }
        }
        List<MigrationTrace> traces = new ArrayList<>();
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            for (MigrationScript script : chosen) {
                Optional<Version> before = versioned.stream().map(MigrationScript::version).filter(v -> script.version().isNewerThan(v)).reduce((a, b) -> b);
                List<SqlStatement> statements = statements(script, dialect, local.placeholders());
                boolean transactional = !Directives.of(script.path()).noTransaction();
                if (before.isPresent()) {
                    try (SchemaLoader.Loaded loaded = loader.replay(local, before.get(), false)) {
                        traces.add(new MigrationTrace(script, tracer.trace(loaded.connection(), statements, transactional)));
                    }
                } else {
                    try (Connection empty = dev.create()) {
                        traces.add(new MigrationTrace(script, tracer.trace(empty, statements, transactional)));
                    }
                }
            }
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_FAILED, "the dev database failed while tracing: " + e.getMessage(),
                    "run the command again; if it persists, set dev-url to a database godwit may create schemas in");
        }
        return traces;
    }

    /** The file's statements, its placeholders replaced as a run would. */
    private static List<SqlStatement> statements(MigrationScript script, Dialect dialect, Placeholders placeholders) {
        List<SqlStatement> statements = new ArrayList<>();
        Placeholders.Builtins builtins = Placeholders.Builtins.of(name -> name);
        boolean substitute = !Directives.of(script.path()).noPlaceholders();
        try (Reader reader = Files.newBufferedReader(script.path(), StandardCharsets.UTF_8);
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
