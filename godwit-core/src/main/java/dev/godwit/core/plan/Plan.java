package dev.godwit.core.plan;

import java.util.List;

/** Steps in the order they must run. */
public record Plan(List<Step> steps) {

    public Plan {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Whether every step can be inverted by another migration (so a U file can be written). */
    public boolean isReversible() {
        return steps.stream().noneMatch(s -> s.hazards().contains(Hazard.IRREVERSIBLE));
    }

    public List<String> statements() {
        return steps.stream().flatMap(s -> s.sql().stream()).toList();
    }
}
