package dev.godwit.core.spi;

import dev.godwit.core.diff.Change;
import dev.godwit.core.schema.Schema;

import java.util.List;

/** Turns changes into one database's DDL. Stateless and thread-safe. */
public interface DdlRenderer {

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

    /** The identifier as it must be written in SQL: quoted when the database needs it. */
    String quote(String identifier);
}
