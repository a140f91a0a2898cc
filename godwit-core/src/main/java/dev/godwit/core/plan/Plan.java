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

    /** Every statement, in the order the migrations run: main parts, then validations, then concurrent builds. */
    public List<String> statements() {
        List<String> all = new java.util.ArrayList<>(steps.stream().flatMap(s -> s.sql().stream()).toList());
        steps.forEach(s -> all.addAll(s.validate()));
        steps.forEach(s -> all.addAll(s.concurrent()));
        return all;
    }

    /** Whether some statements must run in a later transaction or outside one (so diff writes several migrations). */
    public boolean isSplit() {
        return steps.stream().anyMatch(s -> !s.validate().isEmpty() || !s.concurrent().isEmpty());
    }
}
