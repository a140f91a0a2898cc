package dev.godwit.core.runner;

import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.spi.LockListener;

import java.time.Duration;

/** Hears about a run's progress, e.g. to show it on a terminal. Every method defaults to doing nothing. */
public interface RunListener extends LockListener {

    @Override
    default void waiting(String holder) {
    }

    default void applying(MigrationScript script) {
    }

    default void applied(MigrationScript script, long millis) {
    }

    /** A migration hit the lock timeout, was rolled back, and will be tried again after {@code delay}. */
    default void retrying(MigrationScript script, int attempt, Duration delay, dev.godwit.core.message.Message reason) {
    }

    /** Another process applied this migration while this one waited for the database. */
    default void appliedElsewhere(MigrationScript script) {
    }

    /** A lint warning about a pending migration (errors stop the run instead), in English. */
    default void warning(String text) {
    }

    /** A warning in words the listener may print in its user's language; by default, in English to {@link #warning(String)}. */
    default void warning(dev.godwit.core.message.Message message) {
        warning(message.english());
    }

    RunListener SILENT = new RunListener() {
    };
}
