package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.diff.UnmodelledDifferences;
import dev.godwit.core.generate.SchemaDifferences;
import dev.godwit.core.generate.SchemaLoader;
import dev.godwit.core.generate.VersionFingerprints;
import dev.godwit.core.history.ForeignHistory;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.Version;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Planner;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.DevSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the live database really is, proven by inspection: which version's replayed schema its
 * schema matches (by fingerprint), or how it differs from a version when none matches.
 * Other tools' history tables are left out of every comparison.
 */
final class LiveTruth {

    /** @param matches versions whose replayed schema equals the live one ({@code Optional.empty()}: no migration) */
    record Finding(Schema live, String fingerprint, List<Optional<Version>> matches) {
    }

    private final Dialect dialect;
    private final DevSettings devSettings;
    private final LocalMigrations local;

    LiveTruth(Dialect dialect, DevSettings devSettings, LocalMigrations local) {
        this.dialect = dialect;
        this.devSettings = devSettings;
        this.local = local;
    }

    Finding find(Connection target) throws SQLException {
        Schema live = dialect.inspector().inspect(target).without(ForeignHistory.TABLES.keySet());
        String fingerprint = VersionFingerprints.of(live);
        try (DevDatabase dev = dialect.devDatabase(devSettings)) {
            List<VersionFingerprints.Point> points = VersionFingerprints.compute(local, dialect, dev);
            return new Finding(live, fingerprint, VersionFingerprints.matching(points, fingerprint));
        }
    }

    /** The differences, in words, and the SQL that would bring the live schema to {@code version} as the files produce it. */
    Comparison compare(Schema live, Optional<Version> version) throws SQLException {
        // At the newest version the repeatable migrations, which run after it, are part of what the files produce.
        boolean newest = version.isPresent() && local.migrations().latest().map(version.get()::equals).orElse(false);
        return compare(live, version, newest);
    }

    /** As {@link #compare(Schema, Optional)}, the repeatable migrations replayed after {@code version} when {@code repeatable}. */
    Comparison compare(Schema live, Optional<Version> version, boolean repeatable) throws SQLException {
        try (DevDatabase dev = dialect.devDatabase(devSettings)) {
            SchemaLoader loader = new SchemaLoader(dialect, dev);
            Schema files;
            if (version.isEmpty()) {
                files = Schema.EMPTY;
            } else {
                try (SchemaLoader.Loaded loaded = loader.replay(local, version.get(), repeatable)) {
                    files = loaded.schema();
                }
            }
            files = files.without(ForeignHistory.TABLES.keySet());
            return new Comparison(SchemaDifferences.describe(live, files), Planner.plan(live, files, dialect.rendering()),
                    UnmodelledDifferences.describe(live, "live", files, "the files"));
        }
    }

    /**
     * Whether the live schema is what the versioned migrations up to {@code version} and then the
     * repeatable ones (with the callbacks) produce: a Flyway database holds its repeatable files'
     * work, which no single version's fingerprint does.
     */
    boolean matchesWithRepeatable(Schema live, Version version) throws SQLException {
        try (DevDatabase dev = dialect.devDatabase(devSettings);
             SchemaLoader.Loaded loaded = new SchemaLoader(dialect, dev).replay(local, version, true)) {
            return VersionFingerprints.of(loaded.schema()).equals(VersionFingerprints.of(live));
        }
    }

    /** @param differences every difference in words (what godwit does not model included); @param unmodelled those alone */
    record Comparison(List<String> differences, Plan reconcile, List<String> unmodelled) {
    }

    /** The one version to believe: history's own when it is among the matches, else the only match. */
    static Optional<Version> choose(Finding finding, Optional<Version> historyCurrent) {
        if (finding.matches().contains(historyCurrent)) {
            return historyCurrent;
        }
        if (finding.matches().size() == 1) {
            return finding.matches().get(0);
        }
        throw GodwitException.of(ProblemCode.AMBIGUOUS_VERSION, Message.of("run.ambiguous-version", "versions", finding.matches().stream()
                        .map(v -> v.map(x -> "V" + x).orElse("(none)")).collect(Collectors.joining(", "))), Message.of("run.ambiguous-version.next"));
    }

    static String name(Optional<Version> version) {
        return version.map(v -> "V" + v).orElse("no migration (an empty schema)");
    }
}
