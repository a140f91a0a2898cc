package dev.godwit.core.plan;

import dev.godwit.core.diff.Change;

import java.util.List;
import java.util.Set;

/**
 * One step of a plan: the change it makes, its SQL (without semicolons) in up to three parts,
 * its hazards, and a one-line description for the migration file and messages.
 *
 * @param sql        statements of the step's main migration (one transaction)
 * @param validate   statements that must commit in a transaction of their own, after {@code sql}
 *                   ({@code VALIDATE CONSTRAINT}: the {@code NOT VALID} step's lock lasts until its commit)
 * @param concurrent statements that must run outside any transaction ({@code CREATE INDEX CONCURRENTLY})
 */
public record Step(Change change, List<String> sql, List<String> validate, List<String> concurrent, Set<Hazard> hazards, String description) {

    public Step {
        sql = List.copyOf(sql);
        validate = List.copyOf(validate);
        concurrent = List.copyOf(concurrent);
        hazards = Set.copyOf(hazards);
    }

    public Step(Change change, List<String> sql, Set<Hazard> hazards, String description) {
        this(change, sql, List.of(), List.of(), hazards, description);
    }
}
