package dev.godwit.core.generate;

import dev.godwit.core.plan.Plan;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code diff} did.
 *
 * @param plan      the steps from the replayed migrations to the desired schema (empty: nothing changed)
 * @param files     the migrations written, in order (several when steps must not share a transaction); empty when nothing changed
 * @param undoFile  the U file, or {@code null} when a step cannot be undone, the plan was split, or nothing changed
 * @param leftovers differences the written migrations do not remove (rendering limits), one line each
 * @param unmodelled  differences in what godwit does not model (no migration carries them), one line each
 * @param notCompared what the desired schema holds that godwit does not model
 */
public record DiffResult(Plan plan, List<Path> files, Path undoFile, List<String> leftovers, List<String> unmodelled,
                         List<dev.godwit.core.schema.Unmodelled> notCompared) {

    public DiffResult {
        files = List.copyOf(files);
        leftovers = List.copyOf(leftovers);
        unmodelled = List.copyOf(unmodelled);
        notCompared = List.copyOf(notCompared);
    }

    public boolean changed() {
        return !plan.isEmpty();
    }

    /** The first migration written, or {@code null}. */
    public Path file() {
        return files.isEmpty() ? null : files.get(0);
    }
}
