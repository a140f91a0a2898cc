package dev.godwit.core.plan;

import dev.godwit.core.diff.Change;

import java.util.List;
import java.util.Set;

/**
 * One step of a plan: the change it makes, its SQL statements (without semicolons), its hazards,
 * and a one-line description for the migration file and messages.
 */
public record Step(Change change, List<String> sql, Set<Hazard> hazards, String description) {

    public Step {
        sql = List.copyOf(sql);
        hazards = Set.copyOf(hazards);
    }
}
