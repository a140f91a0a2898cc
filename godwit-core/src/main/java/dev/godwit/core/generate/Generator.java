package dev.godwit.core.generate;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.TextFiles;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.diff.Renames;
import dev.godwit.core.diff.UnmodelledDifferences;
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
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        return diff(request, (files, dev) -> { });
    }

    /** Called with the migrations {@code diff} wrote while its dev database is still open: the lock trace runs there. */
    @FunctionalInterface
    public interface AfterWrite {
        void written(List<java.nio.file.Path> files, DevDatabase dev);
    }

    /** As {@link #diff(DiffRequest)}, then {@code afterWrite} with what it wrote, on the same dev database. */
    public DiffResult diff(DiffRequest request, AfterWrite afterWrite) {
        Quick<DiffResult> unchanged = (current, desired, dialect) -> {
            Plan plan = Planner.plan(current, desired, dialect.rendering());
            return plan.isEmpty() ? Optional.of(new DiffResult(plan, List.of(), null, List.of(),
                    UnmodelledDifferences.describe(current, "the migrations", desired, "the desired schema"), desired.unmodelled())) : Optional.empty();
        };
        return compare(unchanged, (sides, loader) -> {
            SchemaLoader.Loaded current = sides.current();
            Schema desired = sides.desired().schema();
            List<Renames.Candidate> renames = RenameDecisions.decide(current.schema(), desired, request);
            Renames.Applied applied = Renames.apply(current.schema(), renames);
            // What a repeatable migration makes changes in that file (see RepeatableFiles).
            RepeatableFiles repeatable = RepeatableFiles.route(changes(applied, desired), current.owners(), applied.renamed(), desired);
            List<Change> changes = repeatable.versioned();
            Plan plan = Planner.plan(changes, applied.renamed(), desired, sides.dialect().rendering());
            List<String> unmodelled = UnmodelledDifferences.describe(current.schema(), "the migrations", desired, "the desired schema");
            if (plan.isEmpty() && repeatable.isEmpty()) {
                return new DiffResult(plan, List.of(), null, List.of(), unmodelled, desired.unmodelled());
            }
            refuseNotNullColumnsWithoutDefault(changes, applied.renamed());
            boolean consent = DataLossConsent.require(plan, request);
            List<String> statements = new ArrayList<>(plan.statements());
            statements.addAll(repeatable.statements(sides.dialect().rendering()));
            Schema after = loader.apply(current, statements);
            List<String> leftovers = Planner.plan(after, desired, sides.dialect().rendering()).steps().stream()
                    .map(s -> s.description()).toList();
            Plan down = null;
            if (plan.isReversible()) {
                Renames.Applied back = Renames.apply(desired, Renames.inverse(renames));
                List<Change> undo = changes(back, current.schema()).stream().filter(c -> !repeatable.routes(c)).toList();
                down = Planner.plan(undo, back.renamed(), current.schema(), sides.dialect().rendering());
            }
            DiffResult written = write(sides.local(), sides.sourceName(), request.description(), changes, plan, down, leftovers, consent, repeatable);
            afterWrite.written(written.files(), sides.dev());
            return new DiffResult(written.plan(), written.files(), written.undoFile(), written.leftovers(), unmodelled, desired.unmodelled());
        });
    }

    /** The differences between the desired schema and the replayed migrations: the plan, and what godwit does not model. */
    public CheckResult check() {
        Quick<CheckResult> compared = (current, desired, dialect) -> Optional.of(new CheckResult(Planner.plan(current, desired, dialect.rendering()),
                UnmodelledDifferences.describe(current, "the migrations", desired, "the desired schema"), desired.unmodelled()));
        return compare(compared, (sides, loader) -> compared.from(sides.current().schema(), sides.desired().schema(), sides.dialect()).orElseThrow());
    }

    /**
     * The desired schema alone (the entities or the schema file, loaded on the dev database), for
     * what shows it ({@code godwit erd}); kept and reused as {@code check} keeps it.
     */
    public Schema desired() {
        Dialect dialect = dialect();
        Source source = source(dialect);
        Optional<SchemaCache> cache = source.file().filter(java.nio.file.Files::isRegularFile).flatMap(file -> SchemaCache.of(dialect, config.dev()));
        Optional<Schema> kept = cache.flatMap(c -> c.read(c.declared(source.file().get())));
        if (kept.isPresent()) {
            return kept.get();
        }
        try (DevDatabase dev = dialect.devDatabase(config.dev()); SchemaLoader.Loaded desired = source.load(new SchemaLoader(dialect, dev))) {
            cache.ifPresent(c -> c.write(c.declared(source.file().get()), desired.schema()));
            return desired.schema();
        } catch (SQLException e) {
            throw devFailure(e);
        }
    }

    /** Renames first, then everything else the renamed schema still lacks. */
    private static List<Change> changes(Renames.Applied renamed, Schema to) {
        List<Change> changes = new ArrayList<>(renamed.changes());
        changes.addAll(Differ.diff(renamed.renamed(), to));
        return changes;
    }

    /** The two sides of a comparison, each loaded into its own dev database. */
    private record Sides(Dialect dialect, LocalMigrations local, String sourceName, SchemaLoader.Loaded current, SchemaLoader.Loaded desired, DevDatabase dev) {
    }

    private interface Comparison<T> {
        T run(Sides sides, SchemaLoader loader) throws SQLException;
    }

    /** The answer from the two schemas alone, when it needs nothing more (empty: the dev database is needed). */
    private interface Quick<T> {
        Optional<T> from(Schema current, Schema desired, Dialect dialect);
    }

    /**
     * Replays the migrations and loads the desired schema on the dev database, then hands both to {@code work};
     * or, when both schemas are kept from an earlier run ({@link SchemaCache}) and {@code quick} can answer from
     * them, answers without a dev database.
     */
    private <T> T compare(Quick<T> quick, Comparison<T> work) {
        Dialect dialect = dialect();
        Source source = source(dialect);
        LocalMigrations local = LocalMigrations.load(config.migrations(), config.placeholders(), config.code());
        local.migrations().requireNoOrphanUndo();
        local.requireSumMatches();
        Optional<SchemaCache> cache = source.file().filter(java.nio.file.Files::isRegularFile)
                .flatMap(file -> SchemaCache.of(dialect, config.dev()));
        Optional<String> replayedKey = cache.flatMap(kept -> kept.replayed(local));
        if (replayedKey.isPresent()) {
            Optional<Schema> current = cache.get().read(replayedKey.get());
            Optional<Schema> desired = current.isEmpty() ? Optional.empty() : cache.get().read(cache.get().declared(source.file().get()));
            Optional<T> answer = desired.isEmpty() ? Optional.empty() : quick.from(current.get(), desired.get(), dialect);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        try (DevDatabase dev = dialect.devDatabase(config.dev())) {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            SideBySide loaded = SideBySide.load(() -> loader.replay(local, null), () -> source.load(loader));
            try (SchemaLoader.Loaded current = loaded.current(); SchemaLoader.Loaded desired = loaded.desired()) {
                replayedKey.ifPresent(key -> {
                    cache.get().write(key, current.schema());
                    cache.get().write(cache.get().declared(source.file().get()), desired.schema());
                });
                return work.run(new Sides(dialect, local, source.name(), current, desired, dev), loader);
            }
        } catch (SQLException e) {
            throw devFailure(e);
        }
    }

    private DiffResult write(LocalMigrations local, String sourceName, String description, List<Change> changes,
                             Plan plan, Plan down, List<String> leftovers, boolean dataLossAgreed, RepeatableFiles repeatable) {
        BigInteger version = new BigInteger(MigrationNames.nextVersion(local.migrations()).toString());
        String slug = description == null || description.isBlank() ? Descriptions.slug(changes) : MigrationNames.slug(description);
        Path directory = config.migrations();
        List<Path> files = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (dataLossAgreed) {
            header.add("godwit:allow data-loss");
        }
        header.add("Generated by `godwit diff` from " + sourceName + ".");
        boolean split = plan.isSplit();
        if (down == null) {
            header.add("No undo file: " + MigrationText.irreversibleStep(plan) + " cannot be undone.");
        } else if (split) {
            header.add("No undo file: the change spans several migrations (steps that must not share a transaction).");
        }
        if (MigrationText.has(plan, MigrationText.Part.MAIN)) {
            files.add(writeFile(directory.resolve("V" + version + "__" + slug + ".sql"), MigrationText.of(header, plan, MigrationText.Part.MAIN)));
            version = version.add(BigInteger.ONE);
        }
        if (MigrationText.has(plan, MigrationText.Part.VALIDATE)) {
            files.add(writeFile(directory.resolve("V" + version + "__" + partSlug(plan, MigrationText.Part.VALIDATE, "validate") + ".sql"), MigrationText.of(List.of(
                    "Generated by `godwit diff`: validations in a transaction of their own, so the NOT VALID step's lock",
                    "was released when the previous migration committed."), plan, MigrationText.Part.VALIDATE)));
            version = version.add(BigInteger.ONE);
        }
        if (MigrationText.has(plan, MigrationText.Part.CONCURRENT)) {
            files.add(writeFile(directory.resolve("V" + version + "__" + partSlug(plan, MigrationText.Part.CONCURRENT, "indexes") + ".sql"), MigrationText.of(List.of(
                    "godwit:no-transaction",
                    "Generated by `godwit diff`: indexes built CONCURRENTLY (writes go on meanwhile), which cannot run in a transaction.",
                    "An INVALID index left by a failed attempt is dropped before the retry."),
                    dialect().safety().outsideTransaction(config.settings()), plan, MigrationText.Part.CONCURRENT)));
        }
        Path undoFile = null;
        if (down != null && !split && files.size() == 1) {
            String name = files.get(0).getFileName().toString().replaceFirst("^V", "U");
            undoFile = writeFile(directory.resolve(name), MigrationText.of(List.of("Undoes " + files.get(0).getFileName() + " (generated by `godwit diff`)."), down));
        }
        files.addAll(repeatable.write(dialect().rendering(), sourceName));
        LocalMigrations.rehash(directory);
        return new DiffResult(plan, files, undoFile, leftovers, List.of(), List.of());
    }

    /**
     * A follow-up migration's name, after what it holds, not after the message of the main one:
     * {@code validate_trip_title_and_1_more}, {@code indexes_trip_title_idx}.
     */
    private static String partSlug(Plan plan, MigrationText.Part part, String what) {
        List<Change> held = plan.steps().stream().filter(s -> !part.of(s).isEmpty()).map(dev.godwit.core.plan.Step::change).toList();
        return what + "_" + Descriptions.slug(held).replaceFirst("^(create|add|alter|drop)_", "");
    }

    /** A NOT NULL column without a default cannot be added to a table that holds rows: say so now, not at deploy. */
    private static void refuseNotNullColumnsWithoutDefault(List<Change> changes, Schema current) {
        for (Change change : changes) {
            if (change instanceof Change.AddColumn add && current.tables().containsKey(add.table())) {
                var column = add.column();
                if (!column.nullable() && column.defaultExpression() == null && column.generated() == null
                        && column.identity() == dev.godwit.core.schema.Column.Identity.NONE) {
                    throw GodwitException.of(ProblemCode.NOT_NULL_WITHOUT_DEFAULT, Message.of("generate.not-null-without-default", "table", add.table(), "column", column.name()), Message.of("generate.not-null-without-default.next"), Message.of("generate.not-null-without-default.detail"));
                }
            }
        }
    }

    private static Path writeFile(Path file, String text) {
        TextFiles.write(file, text);
        return file;
    }

    private Dialect dialect() {
        return Dialects.resolve(config.dialect(), config.connection().url());
    }

    /** Where the desired schema comes from: the entities when configured, else the schema file. */
    private interface Source {
        String name();

        SchemaLoader.Loaded load(SchemaLoader loader) throws SQLException;

        /** The declarative file the schema comes from alone, if it does (the key of a kept schema). */
        default Optional<Path> file() {
            return Optional.empty();
        }
    }

    private Source source(Dialect dialect) {
        if (config.model().configured()) {
            dev.godwit.core.spi.ModelSource modelSource = dev.godwit.core.spi.ModelSource.find().orElseThrow(() -> GodwitException.of(ProblemCode.MODEL_CONFIG, Message.of("generate.model-config"), Message.of("generate.model-config.next")));
            dev.godwit.core.spi.ModelSource.Model model = modelSource.load(config.model(), dialect);
            // schema= beside entities= is run after the entities' DDL, as JPA's metadata-then-script.
            Path script = config.schema();
            return new Source() {
                public String name() {
                    return model.description() + (script == null ? "" : " and " + script.getFileName());
                }

                public SchemaLoader.Loaded load(SchemaLoader loader) throws SQLException {
                    return loader.load(model, script);
                }
            };
        }
        if (config.schema() == null) {
            throw GodwitException.of(ProblemCode.MODEL_CONFIG, Message.of("generate.model-config-2"), Message.of("generate.model-config-2.next"));
        }
        Path file = config.schema();
        return new Source() {
            public String name() {
                return file.getFileName().toString();
            }

            public SchemaLoader.Loaded load(SchemaLoader loader) throws SQLException {
                return loader.load(file);
            }

            public Optional<Path> file() {
                return Optional.of(file);
            }
        };
    }

    private GodwitException devFailure(SQLException e) {
        return GodwitException.of(ProblemCode.DEV_DATABASE_FAILED, Message.of("generate.dev-database-failed", "reason", Redaction.text(e.getMessage(), config.dev().password())), Message.of("generate.dev-database-failed.next"));
    }
}
