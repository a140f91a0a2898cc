package dev.godwit.core.runner;

import dev.godwit.core.migration.Version;
import dev.godwit.core.plan.Plan;

import java.util.List;
import java.util.Optional;

/**
 * What {@code repair} (or a baseline without a version) found and did.
 *
 * @param matched     the version whose replayed schema the live database matches, when it matches one
 *                    ({@code Optional.empty()} inside means "before the first migration")
 * @param actions     what was (or, for a dry run, would be) recorded, one line each; empty when history already agreed
 * @param compared    the version the live schema was compared with when nothing matched (history's current version, or the newest)
 * @param differences when nothing matched: what differs between the live schema and {@code compared}, in words
 * @param reconcile   when nothing matched: the SQL that would bring the live schema to {@code compared}
 * @param dryRun      whether nothing was written
 */
public record RepairResult(Optional<Optional<Version>> matched, List<String> actions, Optional<Version> compared,
                           List<String> differences, Plan reconcile, boolean dryRun) {

    public RepairResult {
        actions = List.copyOf(actions);
        differences = List.copyOf(differences);
    }

    public boolean exact() {
        return matched.isPresent();
    }
}
