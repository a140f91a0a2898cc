package dev.godwit.core.schema;

import dev.godwit.core.schema.Constraints.Check;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Constraints.PrimaryKey;
import dev.godwit.core.schema.Constraints.Trigger;
import dev.godwit.core.schema.Constraints.Unique;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table: columns in their declared order, and constraints and indexes keyed by name.
 *
 * @param primaryKey its primary key, or {@code null}
 * @param comment    its comment, or {@code null}
 * @param triggers   its triggers, by name (read where the dialect can recreate them from their text)
 * @param lineage    how it is partitioned and what it inherits from ({@link Lineage#NONE} for a plain table)
 */
public record Table(
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        SortedMap<String, Unique> uniques,
        SortedMap<String, Check> checks,
        SortedMap<String, ForeignKey> foreignKeys,
        SortedMap<String, Index> indexes,
        String comment,
        SortedMap<String, Trigger> triggers,
        Lineage lineage) implements java.io.Serializable {

    /**
     * What only {@code CREATE TABLE} can say: a partitioned table's key, and the tables it inherits
     * from (whose columns and checks are theirs, not its own: {@link Table#columns()} holds the local
     * ones). Neither changes in place: a table that gains or loses either is made anew.
     *
     * @param partitionKey {@code RANGE (day)}, {@code LIST (country)}, {@code HASH (id)}, or {@code null}
     * @param inherits     the parents, in order
     */
    public record Lineage(String partitionKey, List<String> inherits) implements java.io.Serializable {
        public static final Lineage NONE = new Lineage(null, List.of());

        public Lineage {
            inherits = List.copyOf(inherits);
        }

        public boolean isPlain() {
            return partitionKey == null && inherits.isEmpty();
        }
    }

    public Table(String name, List<Column> columns, PrimaryKey primaryKey, SortedMap<String, Unique> uniques, SortedMap<String, Check> checks,
                 SortedMap<String, ForeignKey> foreignKeys, SortedMap<String, Index> indexes, String comment, SortedMap<String, Trigger> triggers) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, triggers, Lineage.NONE);
    }

    public Table {
        lineage = lineage == null ? Lineage.NONE : lineage;
        columns = List.copyOf(columns);
        uniques = Collections.unmodifiableSortedMap(new TreeMap<>(uniques));
        checks = Collections.unmodifiableSortedMap(new TreeMap<>(checks));
        foreignKeys = Collections.unmodifiableSortedMap(new TreeMap<>(foreignKeys));
        indexes = Collections.unmodifiableSortedMap(new TreeMap<>(indexes));
        triggers = Collections.unmodifiableSortedMap(new TreeMap<>(triggers == null ? new TreeMap<>() : triggers));
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Map<String, Column> columnsByName() {
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return byName;
    }

    /** A copy with other columns (and everything else the same). */
    public Table withColumns(List<Column> value) {
        return new Table(name, value, primaryKey, uniques, checks, foreignKeys, indexes, comment, triggers, lineage);
    }

    public Table withName(String value) {
        return new Table(value, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, triggers, lineage);
    }

    public Table withoutForeignKeys() {
        return new Table(name, columns, primaryKey, uniques, checks, new TreeMap<>(), indexes, comment, triggers, lineage);
    }

    public Table withForeignKeys(SortedMap<String, ForeignKey> value) {
        return new Table(name, columns, primaryKey, uniques, checks, value, indexes, comment, triggers, lineage);
    }

    public Table withIndexes(SortedMap<String, Index> value) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, value, comment, triggers, lineage);
    }
}
