package dev.godwit.core.spi;

import dev.godwit.core.diff.Change;
import dev.godwit.core.plan.Hazard;
import dev.godwit.core.plan.Segments;

import java.util.List;
import java.util.Set;

/**
 * How a change runs on a database serving traffic: its safe form and the hazards that form still
 * carries, decided together so that one cannot drift from the other. Stateless and thread-safe.
 */
public interface SafetyRules {

    /**
     * @param statements the statements that run in the migration's transaction ({@link Segments#main()})
     * @param hazards    what this database adds to the change's generic hazards (a table rewrite, blocked writes)
     */
    record SafeForm(Segments segments, Set<Hazard> hazards) {
        public SafeForm {
            hazards = Set.copyOf(hazards);
        }

        /** Everything in the migration's transaction. */
        public static SafeForm plain(List<String> statements, Set<Hazard> hazards) {
            return new SafeForm(Segments.of(statements), hazards);
        }
    }

    /**
     * @param newTables tables created by the same plan (no safe form is needed for them: nobody uses them yet)
     */
    SafeForm safeForm(Change change, Set<String> newTables);

    /**
     * What a file of steps that run outside a transaction ({@link Segments#concurrent()}) sets first:
     * there is no transaction to scope the lock timeout the runner sets, so the file says it.
     */
    default List<String> outsideTransaction(RunSettings settings) {
        return List.of();
    }

    /** The change as rendered, in the migration's transaction, with no hazard of the database's own. */
    static SafetyRules plain(DdlRenderer ddl) {
        return (change, newTables) -> SafeForm.plain(ddl.render(change), Set.of());
    }
}
