package dev.godwit.core.generate;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.diff.Renames;
import dev.godwit.core.migration.Version;
import dev.godwit.core.plan.Descriptions;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Planner;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationNames;
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
 * {@code diff} and {@code check} never connect to the target database.
 */
public final class Generator {

    private final GodwitConfig config;

    public Generator(GodwitConfig config) {
        this.config = config;
    }

    /** Writes the next migration; see {@link #diff(DiffRequest)}. */
    public DiffResult diff(String description) {
        return diff(DiffRequest.described(description));
    }

    /**
     * Writes the next migration (and its U file when every step can be undone), updates
     * {@code godwit.sum}, and returns what it did. Writes nothing when nothing changed.
     *
     * <p>Refuses, writing nothing, while a likely rename is undecided (asks on a terminal) and
     * while a step would lose data without consent ({@code allowDataLoss}, or "yes" on a terminal).
     * Consent is written into the migration as {@code -- godwit:allow data-loss}.
     */
    public DiffResult diff(DiffRequest request) {
        Dialect dialect = dialect();
        Path schemaFile = requireSchema();
        LocalMigrations local = LocalMigrations.load(config.migrations());
        local.requireSumMatches();
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            try (SchemaLoader.Loaded current = loader.replay(local, null); SchemaLoader.Loaded desired = loader.load(schemaFile)) {
                List<Renames.Candidate> renames = RenameDecisions.decide(current.schema(), desired.schema(), request);
                Renames.Applied applied = Renames.apply(current.schema(), renames);
                List<Change> changes = new ArrayList<>(applied.changes());
                changes.addAll(Differ.diff(applied.renamed(), desired.schema()));
                Plan plan = Planner.plan(changes, applied.renamed(), desired.schema(), dialect.renderer());
                if (plan.isEmpty()) {
                    return new DiffResult(plan, null, null, List.of());
                }
                boolean consent = DataLossConsent.require(plan, request);
                Schema after = loader.apply(current, plan.statements());
                List<String> leftovers = Planner.plan(after, desired.schema(), dialect.renderer()).steps().stream()
                        .map(s -> s.description()).toList();
                Plan down = null;
                if (plan.isReversible()) {
                    Renames.Applied back = Renames.apply(desired.schema(), Renames.inverse(renames));
                    List<Change> downChanges = new ArrayList<>(back.changes());
                    downChanges.addAll(Differ.diff(back.renamed(), current.schema()));
                    down = Planner.plan(downChanges, back.renamed(), current.schema(), dialect.renderer());
                }
                return write(local, schemaFile, request.description(), changes, plan, down, leftovers, consent);
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

    private DiffResult write(LocalMigrations local, Path schemaFile, String description, List<Change> changes,
                             Plan plan, Plan down, List<String> leftovers, boolean dataLossAgreed) {
        Version version = MigrationNames.nextVersion(local.migrations());
        String slug = description == null || description.isBlank() ? Descriptions.slug(changes) : MigrationNames.slug(description);
        Path directory = config.migrations();
        Path file = directory.resolve("V" + version + "__" + slug + ".sql");
        List<String> header = new ArrayList<>();
        if (dataLossAgreed) {
            header.add("godwit:allow data-loss");
        }
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
        LocalMigrations.rehash(directory);
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
