package dev.godwit.core.spi;

import dev.godwit.core.diff.Change;
import dev.godwit.core.plan.Hazard;
import dev.godwit.core.plan.Segments;
import dev.godwit.core.schema.Schema;

import java.util.List;
import java.util.Set;

/** Turns changes into one database's SQL. Stateless and thread-safe. */
public interface SqlRenderer {

    /**
     * Replaces the changes this database cannot make in place by ones it can (SQLite: a table
     * rebuild), keeping their order. The default keeps them as they are.
     *
     * @param from the schema the changes start from
     * @param to   the schema they lead to
     */
    default List<Change> lower(List<Change> changes, Schema from, Schema to) {
        return changes;
    }

    /** The statements, without semicolons, that make one change. */
    List<String> render(Change change);

    /**
     * The statements split by how they must run, on a database serving traffic. The default runs
     * everything in the migration's transaction.
     *
     * @param newTables tables created by the same plan (empty, so no safe form is needed for them)
     */
    default Segments segments(Change change, java.util.Set<String> newTables) {
        return Segments.of(render(change));
    }

    /** Hazards that the safe form of a change (see {@link #segments}) avoids, given the tables the plan creates. */
    default Set<Hazard> avoided(Change change, java.util.Set<String> newTables) {
        return Set.of();
    }

    /** Hazards this database adds to a change (table rewrites, blocked writes), beside the generic ones. */
    default Set<Hazard> hazards(Change change) {
        return Set.of();
    }

    /** Whether changing a column's type from one to the other can lose or truncate values. */
    boolean narrows(String fromType, String toType);

    /** The identifier as it must be written in SQL: quoted when the database needs it. */
    String quote(String identifier);
}
