package dev.godwit.core.generate;

import dev.godwit.core.runner.InBackground;

import java.sql.SQLException;

/**
 * The two sides of a comparison loaded at once, each on its own scratch database: the migrations
 * replayed on this thread while the desired schema loads on another. Both are DDL the server runs
 * on one core each, so on two cores a diff waits for the longer of the two instead of their sum.
 * When both fail, the replay's problem is the one reported, as when they ran one after the other.
 */
record SideBySide(SchemaLoader.Loaded current, SchemaLoader.Loaded desired) {

    static SideBySide load(InBackground.Work<SchemaLoader.Loaded> replay, InBackground.Work<SchemaLoader.Loaded> desired) throws SQLException {
        InBackground<SchemaLoader.Loaded> loading = InBackground.start(desired);
        SchemaLoader.Loaded current;
        try {
            current = replay.run();
        } catch (SQLException | RuntimeException | Error e) {
            loading.abandon(SideBySide::closeQuietly);
            throw e;
        }
        try {
            return new SideBySide(current, loading.get());
        } catch (SQLException | RuntimeException | Error e) {
            closeQuietly(current);
            throw e;
        }
    }

    private static void closeQuietly(SchemaLoader.Loaded loaded) {
        try {
            loaded.close();
        } catch (SQLException ignored) {
            // a scratch database's connection: the dev database drops it anyway
        }
    }
}
