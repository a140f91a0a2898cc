package dev.godwit.core.runner;

import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Version;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code migrate} run did.
 *
 * @param before  the current version before the run
 * @param after   the current version after it (as before, for a dry run)
 * @param applied the migrations this run applied, in order (for a dry run: those it would apply)
 * @param dryRun  whether nothing was changed
 */
public record MigrateResult(Optional<Version> before, Optional<Version> after, List<MigrationScript> applied, boolean dryRun) {

    public MigrateResult {
        applied = List.copyOf(applied);
    }
}
