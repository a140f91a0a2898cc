package dev.godwit.core.runner;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Work started on another thread while this one does something else, whose result (or failure) is
 * then taken as if it had been computed here. Two waits of different kinds side by side: the
 * connection opening while the files are read (a no-op {@code migrate}), the desired schema loading
 * while the migrations replay ({@code diff}, {@code check}).
 */
public final class InBackground<T> {

    /** What runs in the background. */
    public interface Work<T> {
        T run() throws SQLException;
    }

    private final CompletableFuture<T> running;

    private InBackground(CompletableFuture<T> running) {
        this.running = running;
    }

    public static <T> InBackground<T> start(Work<T> work) {
        return new InBackground<>(CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }));
    }

    /** Its result, or what it threw, rethrown here as it was. */
    public T get() throws SQLException {
        try {
            return running.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * The caller failed meanwhile, and that is the problem to report: the result is released with
     * {@code release} once there is one, and a failure of the work is dropped.
     */
    public void abandon(Consumer<T> release) {
        running.whenComplete((result, failure) -> {
            if (result != null) {
                release.accept(result);
            }
        });
    }
}
