package dev.godwit.core.schema;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An object the database keeps as code — a view, a materialized view, a function or a procedure,
 * an extension —
 * modelled as the statements that create it, as the database itself prints them. The text is SQL
 * (a view's body is a query, whatever the model): it is what the dialect's inspector read, normalized
 * as both sides of a comparison are read by the same engine, and compared as text.
 *
 * @param kind      what it is
 * @param name      its name; a routine's includes its argument types ({@code stamp()}, {@code total(integer)}),
 *                  which is what tells two overloads apart and what {@code DROP} names
 * @param create    the statements that create it (and its comment, or a materialized view's indexes)
 * @param drop      the statements that remove it
 * @param shape     for a routine, what {@code CREATE OR REPLACE} cannot change (its arguments and result);
 *                  for an extension, its schema: when it differs, it is dropped and created; {@code null} for views
 * @param dependsOn the keys ({@link #key()}, or {@code table <name>}) of what it depends on, as the
 *                  database records it: dropping or changing one of those recreates it
 */
public record Definition(Kind kind, String name, List<String> create, List<String> drop, String shape, SortedSet<String> dependsOn) implements java.io.Serializable {

    public enum Kind {
        SCHEMA("schema"), EXTENSION("extension"), COLLATION("collation"), TYPE("type"), FUNCTION("function"), PROCEDURE("procedure"), VIEW("view"), MATERIALIZED_VIEW("materialized view"),
        PARTITION("partition"), INDEX("index"), CONSTRAINT("constraint"), TABLE_OPTIONS("table options"), ROW_SECURITY("row level security"),
        POLICY("policy"), GRANT("grant"), DEFAULT_PRIVILEGES("default privileges");

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

        /** Part of the table or view it is on: dropping that takes it along, so it is not dropped on its own. */
        public boolean isAttached() {
            return switch (this) {
                case PARTITION, INDEX, CONSTRAINT, TABLE_OPTIONS, ROW_SECURITY, POLICY, GRANT -> true;
                case SCHEMA, EXTENSION, COLLATION, TYPE, DEFAULT_PRIVILEGES, FUNCTION, PROCEDURE, VIEW, MATERIALIZED_VIEW -> false;
            };
        }

        /** Whether it must be recreated around a change of type or a drop of a column it may read (the database refuses the change under it). */
        public boolean readsColumns() {
            return this == VIEW || this == MATERIALIZED_VIEW || this == POLICY;
        }
    }

    public Definition {
        create = List.copyOf(create);
        drop = List.copyOf(drop);
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

    /**
     * Whether it turns into {@code other} in place: a routine whose arguments and result are the same
     * ({@code CREATE OR REPLACE}), an extension in the same schema ({@code ALTER EXTENSION … UPDATE}), a schema
     * (only its comment can differ), a partition of the same parent (detached and attached again with its new bounds), a domain
     * of the same base type ({@code ALTER DOMAIN}; other types have no shape).
     */
    public boolean replaceableBy(Definition other) {
        return (kind.isRoutine() || kind == Kind.EXTENSION || kind == Kind.SCHEMA || kind == Kind.PARTITION || kind == Kind.TYPE) && kind == other.kind && shape != null && shape.equals(other.shape);
    }
}
