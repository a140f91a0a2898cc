package dev.godwit.core.fleet;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A reading command ({@code validate}, {@code drift}, {@code repair --dry-run}) asked of every
 * target, {@code parallel} at a time: what it finds wrong with each, a problem of one target never
 * stopping the others.
 */
public final class FleetRead {

    /** @param problem what the command found wrong with the target, or empty */
    public record Finding(Target target, Optional<Problem> problem) {
    }

    private FleetRead() {
    }

    public static List<Finding> each(GodwitConfig base, List<Target> targets, int parallel, Function<Godwit, Optional<Problem>> question) {
        return map(base, targets, parallel, (target, godwit) -> {
            try {
                return new Finding(target, question.apply(godwit));
            } catch (GodwitException e) {
                return new Finding(target, Optional.of(e.problem()));
            }
        });
    }

    /** What {@code work} gives for each target, in the targets' order, {@code parallel} targets at a time. */
    static <R> List<R> map(GodwitConfig base, List<Target> targets, int parallel, java.util.function.BiFunction<Target, Godwit, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread thread = new Thread(r, "godwit-fleet-read");
            thread.setDaemon(true);
            return thread;
        });
        // One dev server for the whole fleet: drift and status replay the files on it for every target.
        AutoCloseable devServer = new Godwit(base, RunListener.SILENT).dialect().keepDevServer();
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (Target target : targets) {
                futures.add(pool.submit((Callable<R>) () -> work.apply(target, godwit(base, target))));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the fleet", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a target failed", e.getCause());
        } finally {
            pool.shutdownNow();
            release(devServer);
        }
    }

    private static void release(AutoCloseable devServer) {
        try {
            devServer.close();
        } catch (Exception ignored) {
            // a scratch server that would not stop: the process's exit ends it
        }
    }

    /** The engine for one target: its connection, or its pool's. */
    static Godwit godwit(GodwitConfig base, Target target) {
        GodwitConfig config = base.withConnection(target.connection());
        return target.opener() == null ? new Godwit(config, RunListener.SILENT) : new Godwit(config, RunListener.SILENT, target.opener());
    }
}
