package dev.godwit.core.schema;

import java.util.List;

/** The constraint and index records of a table. Each is keyed by name within its table. */
public final class Constraints {

    private Constraints() {
    }

    /** @param name the constraint's name, or {@code null} where the database keeps none (SQLite) */
    public record PrimaryKey(String name, List<String> columns) implements java.io.Serializable {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    public record Unique(String name, List<String> columns) implements java.io.Serializable {
        public Unique {
            columns = List.copyOf(columns);
        }
    }

    /** @param expression the boolean expression, as the database prints it, without {@code CHECK} */
    public record Check(String name, String expression) implements java.io.Serializable {
    }

    /**
     * @param onDelete {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
     * @param onUpdate the same choices
     */
    public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                             String onDelete, String onUpdate) implements java.io.Serializable {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /**
     * @param keys      column names or expressions, in order
     * @param unique    whether it is a unique index
     * @param predicate the WHERE of a partial index, or {@code null}
     * @param method    the access method ({@code btree} …), or {@code null} for the database's default
     */
    public record Index(String name, List<String> keys, boolean unique, String predicate, String method) implements java.io.Serializable {
        public Index {
            keys = List.copyOf(keys);
        }
    }

    /** @param definition the statement that creates it, as the database keeps it */
    public record Trigger(String name, String definition) implements java.io.Serializable {
    }
}
