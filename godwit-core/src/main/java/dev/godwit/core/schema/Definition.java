package dev.godwit.core.schema;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An object the database keeps as code — a view, a materialized view, a function or a procedure —
 * modelled as the statements that create it, as the database itself prints them. The text is SQL
 * (a view's body is a query, whatever the model): it is what the dialect's inspector read, normalized
 * as both sides of a comparison are read by the same engine, and compared as text.
 *
 * @param kind      what it is
 * @param name      its name; a routine's includes its argument types ({@code stamp()}, {@code total(integer)}),
 *                  which is what tells two overloads apart and what {@code DROP} names
 * @param create    the statements that create it (and its comment, or a materialized view's indexes)
 * @param shape     for a routine, what {@code CREATE OR REPLACE} cannot change (its arguments and result):
 *                  when it differs, the routine is dropped and created; {@code null} for views
 * @param dependsOn the keys ({@link #key()}, or {@code table <name>}) of what it depends on, as the
 *                  database records it: dropping or changing one of those recreates it
 */
public record Definition(Kind kind, String name, List<String> create, String shape, SortedSet<String> dependsOn) {

    public enum Kind {
        FUNCTION("function"), PROCEDURE("procedure"), VIEW("view"), MATERIALIZED_VIEW("materialized view");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isRoutine() {
            return this == FUNCTION || this == PROCEDURE;
        }
    }

    public Definition {
        create = List.copyOf(create);
        dependsOn = Collections.unmodifiableSortedSet(new TreeSet<>(dependsOn));
    }

    /** {@code view trip_summary}, {@code function stamp()}: unique in a schema. */
    public String key() {
        return kind.label() + " " + name;
    }

    /** The key a table is depended on by. */
    public static String tableKey(String table) {
        return "table " + table;
    }

    /** The name without its arguments ({@code stamp} for {@code stamp()}). */
    public String bareName() {
        int paren = name.indexOf('(');
        return paren < 0 ? name : name.substring(0, paren);
    }

    /** Whether only its text differs from {@code other}'s, so that {@code CREATE OR REPLACE} turns one into the other. */
    public boolean replaceableBy(Definition other) {
        return kind.isRoutine() && kind == other.kind && shape != null && shape.equals(other.shape);
    }
}
