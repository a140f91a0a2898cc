package dev.godwit.core.status;

import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.Problem;

import java.util.List;
import java.util.Optional;

/**
 * Every migration and where it stands, and the problems that would stop {@code migrate}.
 *
 * @param migrations in version order
 * @param current    the newest version whose effects are in the database, if any
 * @param problems   what stops {@code migrate}, each with the action that helps; empty when it may run
 * @param notCompared what the live schema holds that godwit does not model (empty when not looked at)
 * @param repeatable the repeatable migrations ({@code R__}), in the order they are applied
 */
public record StatusReport(List<MigrationStatus> migrations, Optional<Version> current, List<Problem> problems,
                           List<dev.godwit.core.schema.Unmodelled> notCompared, List<RepeatableStatus> repeatable) {

    public StatusReport {
        migrations = List.copyOf(migrations);
        problems = List.copyOf(problems);
        notCompared = List.copyOf(notCompared);
        repeatable = List.copyOf(repeatable);
    }

    public StatusReport(List<MigrationStatus> migrations, Optional<Version> current, List<Problem> problems) {
        this(migrations, current, problems, List.of(), List.of());
    }

    public StatusReport(List<MigrationStatus> migrations, Optional<Version> current, List<Problem> problems,
                        List<dev.godwit.core.schema.Unmodelled> notCompared) {
        this(migrations, current, problems, notCompared, List.of());
    }

    /** The same report with what the live schema holds that godwit does not model. */
    public StatusReport withNotCompared(List<dev.godwit.core.schema.Unmodelled> value) {
        return new StatusReport(migrations, current, problems, value, repeatable);
    }

    public boolean blocksMigrate() {
        return !problems.isEmpty();
    }
}
