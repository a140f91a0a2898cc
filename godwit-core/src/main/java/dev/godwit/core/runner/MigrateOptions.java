package dev.godwit.core.runner;

import dev.godwit.core.migration.Version;

/**
 * What {@code migrate} is asked to do.
 *
 * @param target      apply up to and including this version, or {@code null} for all
 * @param dryRun      change nothing; report what would run
 * @param outOfOrder  apply pending migrations older than the newest applied one
 * @param retryFailed run failed no-transaction migrations again from their first statement
 * @param skipLint    apply even when the linter finds errors in pending migrations
 */
public record MigrateOptions(Version target, boolean dryRun, boolean outOfOrder, boolean retryFailed, boolean skipLint) {

    public static final MigrateOptions DEFAULT = new MigrateOptions(null, false, false, false, false);

    public MigrateOptions(Version target, boolean dryRun, boolean outOfOrder, boolean retryFailed) {
        this(target, dryRun, outOfOrder, retryFailed, false);
    }
}
