package dev.godwit.core.diff;

import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Definition;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renames: what a differ cannot know. A table or column that disappears while a compatible one
 * appears is a <em>candidate</em>; only the user can say whether it is a rename (rows kept) or a
 * drop and an add (rows lost). Decided renames are applied to the old schema, so the rest of the
 * diff is computed against the renamed tables and columns.
 */
public final class Renames {

    /**
     * A possible rename: {@code table} is null for a table rename, else the table of a column rename —
     * or, when {@code enumValue}, the enum type one of whose values is renamed.
     */
    public record Candidate(String table, String from, String to, boolean enumValue) {

        public Candidate(String table, String from, String to) {
            this(table, from, to, false);
        }

        /**
         * As the user writes it: {@code trip.facture_pdf=invoice_pdf_path}, {@code invoice=invoices}, or
         * {@code mood.calm=serene} for a value of enum type {@code mood} (types and tables share one namespace).
         */
        public String flag() {
            return table == null ? from + "=" + to : table + "." + from + "=" + to;
        }

        /**
         * The question in the user's words: with {@code flag}, the problem's line that names the
         * --rename to pass; without, the prompt ending in [y/N].
         */
        public dev.godwit.core.message.Message questionMessage(String flag) {
            String key = enumValue ? (flag == null ? "generate.rename.enum-value.ask" : "generate.rename.enum-value.if-so")
                    : table == null ? (flag == null ? "generate.rename.table.ask" : "generate.rename.table.if-so")
                    : flag == null ? "generate.rename.column.ask" : "generate.rename.column.if-so";
            return dev.godwit.core.message.Message.of(key, "table", String.valueOf(table), "from", from, "to", to, "flag", String.valueOf(flag));
        }

        public String question() {
            if (enumValue) {
                return "Did you rename value '" + from + "' of enum type " + table + " to '" + to + "'?";
            }
            return table == null ? "Did you rename table " + from + " to " + to + "?"
                    : "Did you rename " + table + "." + from + " to " + table + "." + to + "?";
        }

        Change change() {
            if (enumValue) {
                return new Change.RenameEnumValue(table, from, to);
            }
            return table == null ? new Change.RenameTable(from, to) : new Change.RenameColumn(table, from, to);
        }
    }

    private Renames() {
    }

    /**
     * Candidates: in a table present on both sides, a dropped column and an added one of the same
     * type; a dropped table and an added one with the same columns (names and types).
     */
    public static List<Candidate> candidates(Schema from, Schema to) {
        List<Candidate> candidates = new ArrayList<>();
        List<Table> dropped = from.tables().values().stream().filter(t -> !to.tables().containsKey(t.name())).toList();
        List<Table> added = to.tables().values().stream().filter(t -> !from.tables().containsKey(t.name())).toList();
        for (Table old : dropped) {
            for (Table created : added) {
                if (shape(old).equals(shape(created))) {
                    candidates.add(new Candidate(null, old.name(), created.name()));
                }
            }
        }
        for (Table before : from.tables().values()) {
            Table after = to.tables().get(before.name());
            if (after == null) {
                continue;
            }
            for (Column gone : before.columns()) {
                if (after.column(gone.name()).isPresent()) {
                    continue;
                }
                for (Column created : after.columns()) {
                    if (before.column(created.name()).isEmpty() && created.type().equals(gone.type())) {
                        candidates.add(new Candidate(before.name(), gone.name(), created.name()));
                    }
                }
            }
        }
        // An enum that loses a value while it gains another: rows holding the old one keep it renamed, or lose it.
        for (dev.godwit.core.schema.EnumType before : from.enums().values()) {
            dev.godwit.core.schema.EnumType after = to.enums().get(before.name());
            if (after == null) {
                continue;
            }
            for (String gone : before.values()) {
                if (after.values().contains(gone)) {
                    continue;
                }
                for (String created : after.values()) {
                    if (!before.values().contains(created)) {
                        candidates.add(new Candidate(before.name(), gone, created, true));
                    }
                }
            }
        }
        return candidates;
    }

    /** The rename changes, in order, and the old schema with them applied. */
    public record Applied(List<Change> changes, Schema renamed) {
    }

    public static Applied apply(Schema from, List<Candidate> decided) {
        SortedMap<String, Table> tables = new TreeMap<>(from.tables());
        List<Change> changes = new ArrayList<>();
        SortedMap<String, dev.godwit.core.schema.EnumType> enums = new TreeMap<>(from.enums());
        List<Definition> definitions = new ArrayList<>(from.definitions().values());
        for (Candidate rename : decided) {
            changes.add(rename.change());
            if (rename.enumValue()) {
                dev.godwit.core.schema.EnumType type = enums.get(rename.table());
                if (type != null) {
                    enums.put(type.name(), new dev.godwit.core.schema.EnumType(type.name(),
                            type.values().stream().map(v -> v.equals(rename.from()) ? rename.to() : v).toList()));
                }
                // The server prints a stored constant by its label: defaults, checks and views name the new one.
                java.util.function.UnaryOperator<String> relabel = text -> text == null ? null
                        : text.replace(literal(rename.from()) + "::" + rename.table(), literal(rename.to()) + "::" + rename.table());
                tables.replaceAll((name, t) -> relabelled(t, relabel));
                definitions.replaceAll(d -> new Definition(d.kind(), d.name(), d.create().stream().map(relabel).toList(), d.drop(), d.shape(), d.dependsOn()));
            } else if (rename.table() == null) {
                Table table = tables.remove(rename.from());
                if (table != null) {
                    tables.put(rename.to(), table.withName(rename.to()));
                }
                // Foreign keys of other tables now point at the new name.
                tables.replaceAll((name, t) -> retarget(t, rename.from(), rename.to()));
            } else {
                Table table = tables.get(rename.table());
                if (table != null) {
                    tables.put(rename.table(), renameColumn(table, rename.from(), rename.to()));
                }
                tables.replaceAll((name, t) -> retargetColumn(t, rename.table(), rename.from(), rename.to()));
            }
        }
        Schema renamed = new Schema(tables, enums, from.sequences(), new TreeMap<>(), List.of()).with(definitions, from.unmodelled());
        return new Applied(changes, renamed);
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static Table relabelled(Table table, java.util.function.UnaryOperator<String> relabel) {
        List<Column> columns = table.columns().stream().map(c -> new Column(c.name(), c.type(), c.nullable(), relabel.apply(c.defaultExpression()),
                c.identity(), relabel.apply(c.generated()), c.comment())).toList();
        SortedMap<String, dev.godwit.core.schema.Constraints.Check> checks = new TreeMap<>();
        table.checks().forEach((k, c) -> checks.put(k, new dev.godwit.core.schema.Constraints.Check(c.name(), relabel.apply(c.expression()))));
        return new Table(table.name(), columns, table.primaryKey(), table.uniques(), checks, table.foreignKeys(), table.indexes(),
                table.comment(), table.triggers(), table.lineage());
    }

    /** The renames that undo {@code decided}, for the U file. */
    public static List<Candidate> inverse(List<Candidate> decided) {
        List<Candidate> inverse = new ArrayList<>();
        for (int i = decided.size() - 1; i >= 0; i--) {
            Candidate c = decided.get(i);
            inverse.add(new Candidate(c.table(), c.to(), c.from(), c.enumValue()));
        }
        return inverse;
    }

    private static Map<String, String> shape(Table table) {
        Map<String, String> shape = new LinkedHashMap<>();
        table.columns().forEach(c -> shape.put(c.name(), c.type()));
        return shape;
    }

    private static Table retarget(Table table, String from, String to) {
        SortedMap<String, dev.godwit.core.schema.Constraints.ForeignKey> fks = new TreeMap<>();
        table.foreignKeys().forEach((name, fk) -> fks.put(name, Objects.equals(fk.referencedTable(), from)
                ? new dev.godwit.core.schema.Constraints.ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete(), fk.onUpdate())
                : fk));
        return table.withForeignKeys(fks);
    }

    private static Table retargetColumn(Table table, String parent, String from, String to) {
        SortedMap<String, dev.godwit.core.schema.Constraints.ForeignKey> fks = new TreeMap<>();
        table.foreignKeys().forEach((name, fk) -> fks.put(name, fk.referencedTable().equals(parent)
                ? new dev.godwit.core.schema.Constraints.ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                        fk.referencedColumns().stream().map(c -> c.equals(from) ? to : c).toList(), fk.onDelete(), fk.onUpdate())
                : fk));
        return table.withForeignKeys(fks);
    }

    /** The column renamed everywhere the table names it: keys, constraints and plain index columns. */
    private static Table renameColumn(Table table, String from, String to) {
        List<Column> columns = table.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList();
        java.util.function.UnaryOperator<List<String>> names = list -> list.stream().map(n -> n.equals(from) ? to : n).toList();
        var pk = table.primaryKey() == null ? null : new dev.godwit.core.schema.Constraints.PrimaryKey(table.primaryKey().name(), names.apply(table.primaryKey().columns()));
        SortedMap<String, dev.godwit.core.schema.Constraints.Unique> uniques = new TreeMap<>();
        table.uniques().forEach((k, u) -> uniques.put(k, new dev.godwit.core.schema.Constraints.Unique(u.name(), names.apply(u.columns()))));
        SortedMap<String, dev.godwit.core.schema.Constraints.ForeignKey> fks = new TreeMap<>();
        table.foreignKeys().forEach((k, f) -> fks.put(k, new dev.godwit.core.schema.Constraints.ForeignKey(f.name(), names.apply(f.columns()),
                f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate())));
        SortedMap<String, dev.godwit.core.schema.Constraints.Index> indexes = new TreeMap<>();
        table.indexes().forEach((k, i) -> indexes.put(k, new dev.godwit.core.schema.Constraints.Index(i.name(), names.apply(i.keys()), i.unique(), i.predicate(), i.method())));
        return new Table(table.name(), columns, pk, uniques, table.checks(), fks, indexes, table.comment(), table.triggers(), table.lineage());
    }
}
