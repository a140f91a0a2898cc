package dev.godwit.core.generate;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.migration.Version;
import dev.godwit.core.plan.Descriptions;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Planner;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.LocalMigrations;
import dev.godwit.core.runner.NewMigration;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.Redaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Autogenerate: the desired schema compared with the migrations replayed on a dev database.
 * {@code diff} and {@code check} never connect to the target database; only {@code drift} reads it.
 */
public final class Generator {

    private final GodwitConfig config;

    public Generator(GodwitConfig config) {
        this.config = config;
    }

    /**
     * Writes the next migration (and its U file when every step can be undone), updates
     * {@code godwit.sum}, and returns what it did. Writes nothing when nothing changed.
     *
     * @param description the migration's description, or {@code null} to derive one from the changes
     */
    public DiffResult diff(String description) {
        Dialect dialect = dialect();
        Path schemaFile = requireSchema();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        local.requireSumMatches();
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            try (SchemaLoader.Loaded current = loader.replay(local, null); SchemaLoader.Loaded desired = loader.load(schemaFile)) {
                List<Change> changes = Differ.diff(current.schema(), desired.schema());
                Plan plan = Planner.plan(changes, current.schema(), desired.schema(), dialect.renderer());
                if (plan.isEmpty()) {
                    return new DiffResult(plan, null, null, List.of());
                }
                Schema after = loader.apply(current, plan.statements());
                List<String> leftovers = Planner.plan(after, desired.schema(), dialect.renderer()).steps().stream()
                        .map(s -> s.description()).toList();
                Plan down = plan.isReversible() ? Planner.plan(desired.schema(), current.schema(), dialect.renderer()) : null;
                return write(local, schemaFile, description, changes, plan, down, leftovers);
            }
        } catch (SQLException e) {
            throw devFailure(e);
        }
    }

    /** The differences between the desired schema and the replayed migrations, as a plan (empty when they agree). */
    public Plan check() {
        Dialect dialect = dialect();
        Path schemaFile = requireSchema();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        local.requireSumMatches();
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            try (SchemaLoader.Loaded current = loader.replay(local, null); SchemaLoader.Loaded desired = loader.load(schemaFile)) {
                return Planner.plan(current.schema(), desired.schema(), dialect.renderer());
            }
        } catch (SQLException e) {
            throw devFailure(e);
        }
    }

    /**
     * The live database against what its applied migrations produce: the plan that would bring the
     * live schema back to them (empty when there is no drift).
     */
    public Drift drift() {
        Dialect dialect = dialect();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        Godwit godwit = new Godwit(config, dev.godwit.core.runner.RunListener.SILENT);
        Version current = godwit.status().current().orElse(null);
        Schema live = godwit.inspectLive();
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            if (current == null) {
                return new Drift(null, Planner.plan(live, Schema.EMPTY, dialect.renderer()));
            }
            try (SchemaLoader.Loaded expected = loader.replay(local, current)) {
                return new Drift(current, Planner.plan(live, expected.schema(), dialect.renderer()));
            }
        } catch (SQLException e) {
            throw devFailure(e);
        }
    }

    /** @param version the applied version the live schema was compared with, or {@code null} when none is */
    public record Drift(Version version, Plan reconcile) {
    }

    private DiffResult write(LocalMigrations local, Path schemaFile, String description, List<Change> changes,
                             Plan plan, Plan down, List<String> leftovers) {
        Version version = NewMigration.nextVersion(local.migrations());
        String slug = description == null || description.isBlank() ? Descriptions.slug(changes) : NewMigration.slug(description);
        Path directory = config.migrations();
        Path file = directory.resolve("V" + version + "__" + slug + ".sql");
        List<String> header = new ArrayList<>();
        header.add("Generated by `godwit diff` from " + schemaFile.getFileName() + ".");
        if (down == null) {
            header.add("No undo file: " + MigrationText.irreversibleStep(plan) + " cannot be undone.");
        }
        Path undoFile = down == null ? null : directory.resolve("U" + version + "__" + slug + ".sql");
        try {
            Files.writeString(file, MigrationText.of(header, plan), StandardCharsets.UTF_8);
            if (undoFile != null) {
                Files.writeString(undoFile, MigrationText.of(List.of("Undoes " + file.getFileName() + " (generated by `godwit diff`)."), down),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        Godwit.hash(directory);
        return new DiffResult(plan, file, undoFile, leftovers);
    }

    private Dialect dialect() {
        return Dialects.resolve(config.dialect(), config.connection().url());
    }

    private Path requireSchema() {
        if (config.schema() == null) {
            throw GodwitException.configuration("no desired schema to compare with",
                    "set schema= in godwit.properties (or pass --schema) to the SQL file that declares your tables");
        }
        return config.schema();
    }

    private GodwitException devFailure(SQLException e) {
        return GodwitException.action("the dev database failed: " + Redaction.text(e.getMessage(), config.dev().password()),
                "run the command again; if it persists, set dev-url to a database godwit may create schemas in");
    }
}
