package dev.godwit.core.generate;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The two sides of a comparison loaded at once, each on its own scratch database: the migrations
 * replayed on this thread while the desired schema loads on another. Both are DDL the server runs
 * on one core each, so on two cores a diff waits for the longer of the two instead of their sum.
 * When both fail, the replay's problem is the one reported, as when they ran one after the other.
 */
record SideBySide(SchemaLoader.Loaded current, SchemaLoader.Loaded desired) {

    interface Load {
        SchemaLoader.Loaded run() throws SQLException;
    }

    static SideBySide load(Load replay, Load desired) throws SQLException {
        CompletableFuture<SchemaLoader.Loaded> loading = CompletableFuture.supplyAsync(() -> {
            try {
                return desired.run();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        });
        SchemaLoader.Loaded current;
        try {
            current = replay.run();
        } catch (SQLException | RuntimeException | Error e) {
            loading.whenComplete((loaded, failure) -> closeQuietly(loaded));
            throw e;
        }
        try {
            return new SideBySide(current, loading.join());
        } catch (CompletionException e) {
            closeQuietly(current);
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

    private static void closeQuietly(SchemaLoader.Loaded loaded) {
        if (loaded != null) {
            try {
                loaded.close();
            } catch (SQLException ignored) {
                // a scratch database's connection: the dev database drops it anyway
            }
        }
    }
}
