package dev.godwit.core.runner;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A connection being opened on another thread while this one reads the migration files: on a
 * deploy's no-op {@code migrate} both are waits of a few milliseconds (the server starting a backend,
 * the disk), so doing them side by side takes the longer of the two instead of their sum.
 */
final class OpeningConnection<L extends AutoCloseable> {

    interface Open<L> {
        L open() throws SQLException;
    }

    private final CompletableFuture<L> opening;

    private OpeningConnection(CompletableFuture<L> opening) {
        this.opening = opening;
    }

    static <L extends AutoCloseable> OpeningConnection<L> start(Open<L> open) {
        return new OpeningConnection<>(CompletableFuture.supplyAsync(() -> {
            try {
                return open.open();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }));
    }

    /** The open connection, or what opening it threw (as if it had been opened on this thread). */
    L get() throws SQLException {
        try {
            return opening.join();
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

    /** The files had a problem, which is the one to report: the connection is closed once open, its own failure ignored. */
    void abandon() {
        opening.whenComplete((lease, failure) -> {
            if (lease != null) {
                try {
                    lease.close();
                } catch (Exception ignored) {
                    // Nothing was done on it; the server ends the session anyway.
                }
            }
        });
    }
}
