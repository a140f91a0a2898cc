package dev.godwit.core.fleet;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.status.StatusReport;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The fleet's picture: each target's version and whether migrate would refuse it, read {@code parallel} at a time. */
public final class FleetStatus {

    /** @param problem what stops migrate there (its first), or {@code null}; @param pending migrations it has not applied */
    public record Entry(Target target, Optional<Version> current, int pending, Problem problem) {
    }

    /** @param latest the newest version the files hold */
    public record Picture(List<Entry> entries, Optional<Version> latest) {

        /** How many targets stand at each version ({@code "none"} for none), in version order. */
        public TreeMap<String, Integer> byVersion() {
            TreeMap<String, Integer> counts = new TreeMap<>((a, b) -> a.equals("none") ? (b.equals("none") ? 0 : -1) : b.equals("none") ? 1
                    : Version.parse(a).compareTo(Version.parse(b)));
            entries.stream().filter(e -> e.problem() == null || e.current().isPresent())
                    .forEach(e -> counts.merge(e.current().map(Version::toString).orElse("none"), 1, Integer::sum));
            return counts;
        }

        public List<Entry> behind() {
            return entries.stream().filter(e -> e.problem() == null && e.pending() > 0).toList();
        }

        public List<Entry> failing() {
            return entries.stream().filter(e -> e.problem() != null).toList();
        }
    }

    private FleetStatus() {
    }

    public static Picture of(GodwitConfig base, List<Target> targets, int parallel) {
        Optional<Version> latest = LocalMigrations.load(base.migrations(), base.placeholders(), base.code()).migrations().latest();
        return new Picture(FleetRead.map(base, targets, parallel, FleetStatus::one), latest);
    }

    private static Entry one(Target target, Godwit godwit) {
        try {
            StatusReport report = godwit.status();
            int pending = (int) report.migrations().stream().filter(m -> m.state() == dev.godwit.core.status.MigrationState.PENDING).count();
            return new Entry(target, report.current(), pending, report.problems().isEmpty() ? null : report.problems().get(0));
        } catch (GodwitException e) {
            return new Entry(target, Optional.empty(), 0, e.problem());
        }
    }
}
