package dev.godwit.core.generate;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.migration.Checksum;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.ScriptKind;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.migration.JavaRun;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.sql.ScriptExecutor;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.DatabaseError;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema sources other than a live database: each is loaded into a fresh dev database and
 * inspected, so every side of a diff is normalized by the same engine.
 */
public final class SchemaLoader {

    /** A dev database holding a loaded schema; the caller closes it. */
    /**
     * @param owners the repeatable migration that makes each definition (by {@link dev.godwit.core.schema.Definition#key()}):
     *               the one after which it appeared or changed in the replay; empty for other sources
     */
    public record Loaded(Connection connection, Schema schema, java.util.Map<String, MigrationScript> owners) implements AutoCloseable {

        public Loaded {
            owners = java.util.Map.copyOf(owners);
        }

        public Loaded(Connection connection, Schema schema) {
            this(connection, schema, java.util.Map.of());
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private final Dialect dialect;
    private final DevDatabase dev;

    public SchemaLoader(Dialect dialect, DevDatabase dev) {
        this.dialect = dialect;
        this.dev = dev;
    }

    /**
     * The schema the versioned migrations produce, up to and including {@code upTo}; when {@code null},
     * all of them and then the repeatable ones, as {@code migrate} applies them.
     */
    public Loaded replay(LocalMigrations local, Version upTo) throws SQLException {
        return replay(local, upTo, upTo == null);
    }

    /**
     * The schema the versioned migrations produce up to {@code upTo} (all when {@code null}), and then,
     * when {@code repeatable}, the repeatable ones with the callbacks, as a {@code migrate} that stopped
     * at {@code upTo} left it: what Flyway's database at that version holds.
     */
    public Loaded replay(LocalMigrations local, Version upTo, boolean repeatable) throws SQLException {
        return retrying(() -> replayOnce(local, upTo, repeatable));
    }

    private Loaded replayOnce(LocalMigrations local, Version upTo, boolean repeatable) throws SQLException {
        Connection connection = dev.create();
        try {
            List<MigrationScript> scripts = new java.util.ArrayList<>();
            for (MigrationScript script : local.migrations().versioned()) {
                if (upTo != null && script.version().isNewerThan(upTo)) {
                    break;
                }
                scripts.add(script);
            }
            if (repeatable) {
                scripts.addAll(local.migrations().repeatable());
                // As migrate runs them: its callbacks are part of what the files produce.
                List<MigrationScript> around = new java.util.ArrayList<>(local.migrations().callbacks("beforeMigrate"));
                for (MigrationScript script : scripts) {
                    around.addAll(local.migrations().callbacks("beforeEachMigrate"));
                    around.add(script);
                    around.addAll(local.migrations().callbacks("afterEachMigrate"));
                }
                around.addAll(local.migrations().callbacks("afterMigrate"));
                scripts = around;
            }
            java.util.Map<String, MigrationScript> owners = new java.util.HashMap<>();
            Schema beforeRepeatable = null;
            // Whether beforeRepeatable is the schema as the last script left it (no inspection needed at the end).
            boolean current = false;
            for (MigrationScript script : scripts) {
                current = false;
                if (script.isRepeatable() && beforeRepeatable == null) {
                    beforeRepeatable = dialect.inspector().inspect(connection);
                }
                try {
                    ScriptExecutor.runMigration(connection, script, dialect.syntax(), local.placeholders());
                } catch (JavaRun.Failed failure) {
                    throw GodwitException.of(ProblemCode.REPLAY_FAILED, Message.of("generate.replay-failed", "database", dev.describe(), "script", script.fileName(), "said", failure.said()), Message.of("generate.replay-failed.next"));
                } catch (ScriptExecutor.StatementFailed failure) {
                    if (dev.supply(failure.error)) {
                        throw new Supplied();
                    }
                    requireFeature(failure, script.fileName());
                    throw GodwitException.of(ProblemCode.REPLAY_FAILED, Message.of("generate.replay-failed-2", "database", dev.describe(), "script", script.fileName(), "number", failure.statement.number(), "line", failure.statement.line()), Message.of("generate.replay-failed-2.next", "script", script.fileName()), Message.of("generate.replay-failed-2.detail", "error", failure.error.getMessage().strip()));
                }
                if (script.isRepeatable()) {
                    // What appeared or changed as it ran is its own: diff writes changes to those into it.
                    Schema after = dialect.inspector().inspect(connection);
                    Schema previous = beforeRepeatable;
                    after.definitions().forEach((key, d) -> {
                        if (!d.equals(previous.definitions().get(key))) {
                            owners.put(key, script);
                        }
                    });
                    beforeRepeatable = after;
                    current = true;
                }
            }
            return new Loaded(connection, current ? beforeRepeatable : dialect.inspector().inspect(connection), owners);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Thrown when the dev database supplied something a statement lacked (a role): the load starts again. */
    private static final class Supplied extends RuntimeException {
        Supplied() {
            super(null, null, false, false);
        }
    }

    private interface Load {
        Loaded run() throws SQLException;
    }

    /** Each role a source names is supplied once; a source naming more than this many is refused as it stands. */
    private static final int MOST_SUPPLIED = 50;

    private Loaded retrying(Load load) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                return load.run();
            } catch (Supplied supplied) {
                if (attempt >= MOST_SUPPLIED) {
                    throw new IllegalStateException("the dev database supplied " + MOST_SUPPLIED + " roles and the load still fails");
                }
            }
        }
    }

    /** A statement that needs what the dev database lacks (an extension) is the dev database's limit, not the file's fault. */
    private void requireFeature(ScriptExecutor.StatementFailed failure, String file) {
        if (dialect.classify(failure.error) == DatabaseError.MISSING_FEATURE) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_LACKS, Message.of("generate.dev-database-lacks", "database", dev.describe(), "file", file, "number", failure.statement.number(), "line", failure.statement.line(), "error", firstLine(failure.error.getMessage())), Message.of("generate.dev-database-lacks.next"), Message.of("generate.dev-database-lacks.detail", "statement", abbreviate(failure.statement.sql())));
        }
    }

    /** The schema a declarative SQL file describes. */
    public Loaded load(Path file) throws SQLException {
        return retrying(() -> loadOnce(file));
    }

    private Loaded loadOnce(Path file) throws SQLException {
        requireFile(file);
        Connection connection = dev.create();
        try {
            runFile(connection, file);
            return new Loaded(connection, dialect.inspector().inspect(connection));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw GodwitException.of(ProblemCode.MODEL_CONFIG, Message.of("generate.model-config-3", "file", file), Message.of("generate.model-config-3.next"));
        }
        Checksum.of(file); // refuses a file that is not UTF-8, naming its line
    }

    private void runFile(Connection connection, Path file) throws SQLException {
        runFile(connection, file, statement -> true);
    }

    private static final java.util.regex.Pattern PREREQUISITE = java.util.regex.Pattern.compile(
            "(?is)^(?:\\s|--[^\n]*\n|/\\*.*?\\*/)*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:EXTENSION|SCHEMA|TYPE|DOMAIN|COLLATION|ROLE)\\b.*");

    /** What tables may use — extensions, schemas, types, domains, collations, roles — and so what goes before the entities' DDL. */
    static boolean isPrerequisite(dev.godwit.core.sql.SqlStatement statement) {
        return PREREQUISITE.matcher(statement.sql()).matches();
    }

    private void runFile(Connection connection, Path file, java.util.function.Predicate<dev.godwit.core.sql.SqlStatement> which) throws SQLException {
        MigrationScript asScript = new MigrationScript(ScriptKind.VERSIONED, Version.parse("0"), "schema", file);
        try {
            ScriptExecutor.run(connection, asScript, dialect.syntax(), which, ScriptExecutor.AfterStatement.NOTHING);
        } catch (ScriptExecutor.StatementFailed failure) {
            if (dev.supply(failure.error)) {
                throw new Supplied();
            }
            requireFeature(failure, file.getFileName().toString());
            throw GodwitException.of(ProblemCode.DESIRED_SCHEMA_INVALID, Message.of("generate.desired-schema-invalid", "file", file.getFileName(), "line", failure.statement.line(), "number", failure.statement.number(), "error", firstLine(failure.error.getMessage())), Message.of("generate.desired-schema-invalid.next", "file", file.getFileName()), Message.of("generate.desired-schema-invalid.detail", "error", failure.error.getMessage().strip()), Message.of("generate.desired-schema-invalid.detail-2", "statement", abbreviate(failure.statement.sql())));
        }
    }

    /** The schema a model's DDL creates (see {@link dev.godwit.core.spi.ModelSource}), completed by the model. */
    public Loaded load(dev.godwit.core.spi.ModelSource.Model model) throws SQLException {
        return load(model, null);
    }

    /**
     * The schema a model's DDL creates, with a SQL file around it, as JPA's {@code metadata-then-script}
     * does: what entities cannot say (views, triggers, functions, grants, extensions) said in SQL beside
     * them. The file's {@code CREATE EXTENSION / SCHEMA / TYPE / DOMAIN / COLLATION / ROLE} statements
     * run before the entities' DDL (its columns may use them), the rest after it (it may use the tables).
     *
     * @param script the file, or {@code null}
     */
    public Loaded load(dev.godwit.core.spi.ModelSource.Model model, Path script) throws SQLException {
        if (script != null) {
            requireFile(script);
        }
        return retrying(() -> loadModelOnce(model, script));
    }

    private Loaded loadModelOnce(dev.godwit.core.spi.ModelSource.Model model, Path script) throws SQLException {
        Connection connection = dev.create();
        try (Statement statement = connection.createStatement()) {
            if (script != null) {
                runFile(connection, script, SchemaLoader::isPrerequisite);
            }
            for (String sql : model.statements()) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw GodwitException.of(ProblemCode.ENTITIES_INVALID, Message.of("generate.entities-invalid", "model", model.description(), "database", this.dev.describe(), "reason", firstLine(e.getMessage())), Message.of("generate.entities-invalid.next"), Message.of("generate.entities-invalid.detail", "sql", abbreviate(sql)));
                }
            }
            if (script != null) {
                runFile(connection, script, sql -> !isPrerequisite(sql));
            }
            return new Loaded(connection, model.complete().apply(dialect.inspector().inspect(connection)));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs statements on a loaded database, then inspects it again. */
    public Schema apply(Loaded loaded, List<String> statements) throws SQLException {
        try (Statement statement = loaded.connection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return dialect.inspector().inspect(loaded.connection());
    }

    private static String firstLine(String text) {
        String stripped = String.valueOf(text).strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}
