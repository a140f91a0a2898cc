package dev.godwit.cli;

import dev.godwit.core.diff.UnmodelledDifferences;
import dev.godwit.core.schema.Unmodelled;

import java.util.List;
import java.util.Map;

/** The one warning every command gives about what godwit met but does not model, and its JSON form. */
final class NotCompared {

    private NotCompared() {
    }

    static void warn(Console console, List<Unmodelled> unmodelled) {
        if (!unmodelled.isEmpty()) {
            console.notice("warning: godwit does not model " + UnmodelledDifferences.summary(unmodelled)
                    + ": diff writes no SQL for them (keep them in hand-written migrations); check, drift, status and repair"
                    + " still compare each one's definition");
        }
    }

    static Map<String, Long> json(List<Unmodelled> unmodelled) {
        return UnmodelledDifferences.counts(unmodelled);
    }
}
