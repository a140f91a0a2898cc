package dev.godwit.core.generate;

import dev.godwit.core.plan.Plan;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code diff} did.
 *
 * @param plan      the steps from the replayed migrations to the desired schema (empty: nothing changed)
 * @param file      the migration written, or {@code null} when nothing changed
 * @param undoFile  its U file, or {@code null} when a step cannot be undone (or nothing changed)
 * @param leftovers differences the written migration does not remove (rendering limits), one line each
 */
public record DiffResult(Plan plan, Path file, Path undoFile, List<String> leftovers) {

    public DiffResult {
        leftovers = List.copyOf(leftovers);
    }

    public boolean changed() {
        return !plan.isEmpty();
    }
}
