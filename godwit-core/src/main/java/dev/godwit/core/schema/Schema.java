package dev.godwit.core.schema;

import dev.godwit.core.schema.Constraints.Check;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Constraints.Unique;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable snapshot of a database's structure. Holds no SQL and no JDBC types: values are
 * as the dialect's inspector normalized them, so two schemas read by the same engine compare.
 *
 * <p>{@link #canonical()} is a text form independent of inspection order — and of column order,
 * which a migration cannot change without rebuilding a table and which no query depends on —
 * and {@link #fingerprint()} is its SHA-256.
 */
public record Schema(SortedMap<String, Table> tables, SortedMap<String, EnumType> enums, SortedMap<String, Sequence> sequences,
                     SortedMap<String, Definition> definitions, List<Unmodelled> unmodelled) implements java.io.Serializable {

    public static final Schema EMPTY = new Schema(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    /**
     * @param definitions views and routines by {@link Definition#key()}
     * @param unmodelled  what the inspector met but the model does not hold (see {@link Unmodelled}), in any order
     */
    public Schema {
        tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
        enums = Collections.unmodifiableSortedMap(new TreeMap<>(enums));
        sequences = Collections.unmodifiableSortedMap(new TreeMap<>(sequences));
        definitions = Collections.unmodifiableSortedMap(new TreeMap<>(definitions));
        unmodelled = unmodelled.stream().sorted().toList();
    }

    /** A schema of tables, types and sequences only. */
    public Schema(SortedMap<String, Table> tables, SortedMap<String, EnumType> enums, SortedMap<String, Sequence> sequences) {
        this(tables, enums, sequences, new TreeMap<>(), List.of());
    }

    /** The same tables, types and sequences with other definitions and unmodelled objects beside them. */
    public Schema with(java.util.Collection<Definition> newDefinitions, List<Unmodelled> newUnmodelled) {
        SortedMap<String, Definition> byKey = new TreeMap<>();
        newDefinitions.forEach(d -> byKey.put(d.key(), d));
        return new Schema(tables, enums, sequences, byKey, newUnmodelled);
    }

    /** The same model with what the inspector met beside it. */
    public Schema withUnmodelled(List<Unmodelled> value) {
        return new Schema(tables, enums, sequences, definitions, value);
    }

    /** The same schema with other tables (everything else kept). */
    public Schema withTables(SortedMap<String, Table> value) {
        return new Schema(value, enums, sequences, definitions, unmodelled);
    }

    public static Schema of(List<Table> tables, List<EnumType> enums, List<Sequence> sequences) {
        SortedMap<String, Table> t = new TreeMap<>();
        tables.forEach(table -> t.put(table.name(), table));
        SortedMap<String, EnumType> e = new TreeMap<>();
        enums.forEach(type -> e.put(type.name(), type));
        SortedMap<String, Sequence> s = new TreeMap<>();
        sequences.forEach(seq -> s.put(seq.name(), seq));
        return new Schema(t, e, s);
    }

    /** This schema without the named tables (e.g. another tool's history table). */
    public Schema without(java.util.Collection<String> tableNames) {
        SortedMap<String, Table> kept = new TreeMap<>(tables);
        // Without regard to case: Liquibase names its tables DATABASECHANGELOG on SQLite, databasechangelog on PostgreSQL.
        java.util.Set<String> lower = tableNames.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        kept.keySet().removeIf(name -> lower.contains(name.toLowerCase(java.util.Locale.ROOT)));
        return new Schema(kept, enums, sequences, definitions, unmodelled);
    }

    /** SHA-256 of {@link #canonical()}, lower-case hex. Equal schemas have equal fingerprints. */
    public String fingerprint() {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * One line per element, sorted: stable across inspection orders and godwit versions. What the
     * model does not hold is appended (only when there is some, so the fingerprints of schemas
     * without it keep their meaning).
     */
    public String canonical() {
        StringBuilder out = new StringBuilder();
        enums.values().forEach(e -> out.append("enum ").append(e.name()).append(' ').append(e.values()).append('\n'));
        sequences.values().forEach(s -> out.append("sequence ").append(s.name()).append(" start ").append(s.start())
                .append(" increment ").append(s.increment()).append(s.canonicalOptions()).append('\n'));
        for (Table table : tables.values()) {
            out.append("table ").append(table.name()).append(optional(" comment ", table.comment()))
                    .append(optional(" partition by ", table.lineage().partitionKey()))
                    .append(table.lineage().inherits().isEmpty() ? "" : " inherits " + table.lineage().inherits()).append('\n');
            table.columns().stream().sorted(Comparator.comparing(Column::name)).forEach(c -> out.append("  column ").append(c.name())
                    .append(' ').append(c.type()).append(c.nullable() ? " null" : " not null")
                    .append(optional(" default ", c.defaultExpression()))
                    .append(c.identity() == Column.Identity.NONE ? "" : " identity " + c.identity())
                    .append(optional(" generated ", c.generated()))
                    .append(optional(" comment ", c.comment())).append('\n'));
            if (table.primaryKey() != null) {
                out.append("  primary key ").append(table.primaryKey().name()).append(' ').append(table.primaryKey().columns()).append('\n');
            }
            for (Unique u : table.uniques().values()) {
                out.append("  unique ").append(u.name()).append(' ').append(u.columns()).append('\n');
            }
            for (Check c : table.checks().values()) {
                out.append("  check ").append(c.name()).append(' ').append(c.expression()).append('\n');
            }
            for (ForeignKey f : table.foreignKeys().values()) {
                out.append("  foreign key ").append(f.name()).append(' ').append(f.columns()).append(" references ")
                        .append(f.referencedTable()).append(' ').append(f.referencedColumns())
                        .append(" on delete ").append(f.onDelete()).append(" on update ").append(f.onUpdate()).append('\n');
            }
            for (Constraints.Trigger t : table.triggers().values()) {
                out.append("  trigger ").append(t.name()).append(' ').append(t.definition().replaceAll("\\s+", " ")).append('\n');
            }
            for (Index i : table.indexes().values()) {
                out.append("  index ").append(i.name()).append(i.unique() ? " unique " : " ").append(i.keys())
                        .append(optional(" where ", i.predicate())).append(optional(" using ", i.method())).append('\n');
            }
        }
        definitions.values().forEach(d -> out.append("definition ").append(d.key()).append(' ')
                .append(String.join("; ", d.create()).replaceAll("\\s+", " ")).append('\n'));
        unmodelled.forEach(u -> out.append("unmodelled ").append(u.key()).append(' ').append(u.definition()).append('\n'));
        return out.toString();
    }

    private static String optional(String label, String value) {
        return value == null ? "" : label + value.replace('\n', ' ');
    }
}
