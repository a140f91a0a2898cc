package dev.godwit.core.fleet;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.status.StatusReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread thread = new Thread(r, "godwit-fleet-status");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Entry>> futures = new ArrayList<>();
            for (Target target : targets) {
                futures.add(pool.submit((Callable<Entry>) () -> one(base, target)));
            }
            List<Entry> entries = new ArrayList<>();
            for (Future<Entry> future : futures) {
                entries.add(future.get());
            }
            return new Picture(entries, latest);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the fleet's status", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a target's status failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Entry one(GodwitConfig base, Target target) {
        try {
            StatusReport report = new Godwit(base.withConnection(target.connection()), RunListener.SILENT).status();
            int pending = (int) report.migrations().stream().filter(m -> m.state() == dev.godwit.core.status.MigrationState.PENDING).count();
            return new Entry(target, report.current(), pending, report.problems().isEmpty() ? null : report.problems().get(0));
        } catch (GodwitException e) {
            return new Entry(target, Optional.empty(), 0, e.problem());
        }
    }
}
