package dev.godwit.core.fleet;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.MigrateResult;
import dev.godwit.core.runner.RunListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Migrates a fleet: each target locked and migrated exactly as a single {@code migrate} does, at
 * most {@code parallel} at once (so never more connections than that), a failure on one never
 * touching another. {@code canary} targets go first, alone, and stop the run if one fails;
 * {@code maxFailures} stops scheduling new targets once that many failed. A second run does only
 * what is still pending: each target's history says what it has.
 */
public final class FleetRun {

    /** @param parallel targets migrated at once; @param canary targets migrated first, alone; @param maxFailures failures after which no new target starts (0: none) */
    public record Options(int parallel, int canary, int maxFailures) {
        public Options {
            if (parallel < 1) {
                throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("fleet.bad-argument", "parallel", parallel), Message.of("fleet.bad-argument.next"));
            }
            if (canary < 0 || maxFailures < 0) {
                throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("fleet.bad-argument-2"), Message.of("fleet.bad-argument-2.next"));
            }
        }
    }

    public enum State {
        MIGRATED, UP_TO_DATE, FAILED, NOT_STARTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @param problem the target's own problem when it failed, else {@code null}
     */
    public record Outcome(Target target, State state, Optional<Version> before, Optional<Version> after, int applied, long millis, Problem problem) {
    }

    /** Hears the run's counts as they change, for a live progress line. */
    public interface Progress {
        Progress NONE = (done, running, failed, left) -> { };

        void update(int done, int running, int failed, int left);
    }

    private FleetRun() {
    }

    /** The outcome of every target, in the targets' order. */
    public static List<Outcome> migrate(GodwitConfig base, List<Target> targets, MigrateOptions options, Options fleet, Progress progress) {
        Outcome[] outcomes = new Outcome[targets.size()];
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int canary = Math.min(fleet.canary(), targets.size());
        run(base, targets, options, 0, canary, Math.min(fleet.parallel(), Math.max(canary, 1)), outcomes, failed, done, running, stop, 0, progress);
        if (canary > 0 && failed.get() > 0) {
            stop.set(true);
        }
        run(base, targets, options, canary, targets.size(), fleet.parallel(), outcomes, failed, done, running, stop, fleet.maxFailures(), progress);
        List<Outcome> all = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            all.add(outcomes[i] != null ? outcomes[i]
                    : new Outcome(targets.get(i), State.NOT_STARTED, Optional.empty(), Optional.empty(), 0, 0, null));
        }
        return Collections.unmodifiableList(all);
    }

    private static void run(GodwitConfig base, List<Target> targets, MigrateOptions options, int from, int to, int parallel, Outcome[] outcomes,
                            AtomicInteger failed, AtomicInteger done, AtomicInteger running, AtomicBoolean stop, int maxFailures, Progress progress) {
        if (from >= to || stop.get()) {
            return;
        }
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread thread = new Thread(r, "godwit-fleet");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int w = 0; w < parallel; w++) {
                pool.execute(() -> {
                    try (KeptConnections kept = new KeptConnections(base.dialect())) {
                        work(base, targets, options, to, outcomes, failed, done, running, stop, maxFailures, progress, next, kept);
                    }
                });
            }
        } finally {

            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                    // each target is bounded by its own lock-wait; keep waiting for them
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }
    }

    /** One worker: the next target, until none is left or the run stops. */
    private static void work(GodwitConfig base, List<Target> targets, MigrateOptions options, int to, Outcome[] outcomes, AtomicInteger failed,
                             AtomicInteger done, AtomicInteger running, AtomicBoolean stop, int maxFailures, Progress progress, AtomicInteger next,
                             KeptConnections kept) {
        while (!stop.get()) {
            int i = next.getAndIncrement();
            if (i >= to) {
                return;
            }
            running.incrementAndGet();
            progress.update(done.get(), running.get(), failed.get(), targets.size() - done.get() - running.get());
            Outcome outcome = one(base, kept.lend(targets.get(i)), options);
            // Reported under the target as given, whatever connections it was lent.
            outcome = new Outcome(targets.get(i), outcome.state(), outcome.before(), outcome.after(), outcome.applied(), outcome.millis(), outcome.problem());
            outcomes[i] = outcome;
            running.decrementAndGet();
            done.incrementAndGet();
            if (outcome.state() == State.FAILED && failed.incrementAndGet() >= maxFailures && maxFailures > 0) {
                stop.set(true);
            }
            progress.update(done.get(), running.get(), failed.get(), targets.size() - done.get() - running.get());
        }
    }

    private static Outcome one(GodwitConfig base, Target target, MigrateOptions options) {
        long started = System.nanoTime();
        try {
            MigrateResult result = FleetRead.godwit(base, target).migrate(options);
            return new Outcome(target, result.applied().isEmpty() ? State.UP_TO_DATE : State.MIGRATED, result.before(), result.after(),
                    result.applied().size(), millisSince(started), null);
        } catch (GodwitException e) {
            return new Outcome(target, State.FAILED, Optional.empty(), Optional.empty(), 0, millisSince(started), e.problem());
        } catch (RuntimeException e) {
            // One target's unexpected failure is that target's outcome, never the fleet's end.
            return new Outcome(target, State.FAILED, Optional.empty(), Optional.empty(), 0, millisSince(started),
                    Problem.of(ProblemCode.INTERNAL, Message.of("fleet.internal", "value", e), List.of(), Message.of("fleet.internal.next")));
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
