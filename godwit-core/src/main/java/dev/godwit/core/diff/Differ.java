package dev.godwit.core.diff;

import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.PrimaryKey;
import dev.godwit.core.schema.EnumType;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Schema x Schema -> changes. Pure and dialect-free: keyed collections are merged into added,
 * removed and modified, element by element. The order of the result is not the order of a
 * migration; {@link dev.godwit.core.plan.Planner} decides that.
 */
public final class Differ {

    private Differ() {
    }

    public static List<Change> diff(Schema from, Schema to) {
        List<Change> changes = new ArrayList<>();
        merge(from.enums(), to.enums(), changes, Change.CreateEnum::new, Change.DropEnum::new, (a, b) -> enumChanges(a, b, from));
        merge(from.sequences(), to.sequences(), changes, Change.CreateSequence::new, Change.DropSequence::new,
                (a, b) -> a.equals(b) ? List.of() : List.of(new Change.AlterSequence(a, b)));
        for (Table added : to.tables().values()) {
            Table before = from.tables().get(added.name());
            if (before == null || !before.lineage().equals(added.lineage())) {
                changes.add(new Change.AddTable(added.withoutForeignKeys()));
                added.triggers().values().forEach(t -> changes.add(new Change.AddTrigger(added.name(), t)));
                added.foreignKeys().values().forEach(fk -> changes.add(new Change.AddForeignKey(added.name(), fk)));
            }
        }
        // Partitioning and inheritance are said once, by CREATE TABLE: a table that changes either is made anew (its rows lost, with consent).
        for (Table removed : from.tables().values()) {
            Table after = to.tables().get(removed.name());
            if (after == null || !after.lineage().equals(removed.lineage())) {
                changes.add(new Change.DropTable(removed));
            }
        }
        for (Table before : from.tables().values()) {
            Table after = to.tables().get(before.name());
            if (after != null && after.lineage().equals(before.lineage())) {
                changes.addAll(tableChanges(before, after));
            }
        }
        changes.addAll(DefinitionChanges.of(from, to, changes));
        return changes;
    }

    /**
     * Checks and partial indexes that read a column: their constants are of the column's type, so they
     * cannot outlive a change of it — dropped before, made again after (as the same text, of the new type).
     */
    private static List<Change> readersOf(Table table, String column) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w$\"])\"?" + java.util.regex.Pattern.quote(column) + "\"?(?![\\w$])");
        List<Change> readers = new ArrayList<>();
        for (dev.godwit.core.schema.Constraints.Check check : table.checks().values()) {
            if (word.matcher(check.expression()).find()) {
                readers.add(new Change.DropCheck(table.name(), check));
                readers.add(new Change.AddCheck(table.name(), check));
            }
        }
        for (dev.godwit.core.schema.Constraints.Index index : table.indexes().values()) {
            if (index.predicate() != null && word.matcher(index.predicate()).find()) {
                readers.add(new Change.DropIndex(table.name(), index));
                readers.add(new Change.AddIndex(table.name(), index));
            }
        }
        return readers;
    }

    private static List<Change> enumChanges(EnumType a, EnumType b, Schema from) {
        if (a.values().equals(b.values())) {
            return List.of();
        }
        List<String> old = a.values();
        // Values can only be added in place (PostgreSQL cannot remove or reorder one): otherwise the
        // type is made anew and the columns that use it are cast to the new one.
        if (!b.values().containsAll(old) || !b.values().stream().filter(old::contains).toList().equals(old)) {
            List<Change.ColumnRef> users = new ArrayList<>();
            List<Change> around = new ArrayList<>();
            for (Table table : from.tables().values()) {
                for (Column column : table.columns()) {
                    if (column.type().equals(a.name()) || column.type().equals(a.name() + "[]")) {
                        users.add(new Change.ColumnRef(table.name(), column.name(), column.type().endsWith("[]"), column.defaultExpression()));
                        around.addAll(readersOf(table, column.name()));
                    }
                }
            }
            return List.of(new Change.RecreateEnum(a, b, users, around.stream().distinct().toList()));
        }
        List<Change> added = new ArrayList<>();
        List<String> values = b.values();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (!old.contains(value)) {
                String after = i > 0 ? values.get(i - 1) : null;
                String before = after == null && i + 1 < values.size() ? values.get(i + 1) : null;
                added.add(new Change.AddEnumValue(b.name(), value, before, after));
            }
        }
        return added;
    }

    private static List<Change> tableChanges(Table a, Table b) {
        String table = a.name();
        List<Change> changes = new ArrayList<>();
        Map<String, Column> before = a.columnsByName();
        Map<String, Column> after = b.columnsByName();
        after.values().stream().filter(c -> !before.containsKey(c.name())).forEach(c -> changes.add(new Change.AddColumn(table, c)));
        before.values().stream().filter(c -> !after.containsKey(c.name())).forEach(c -> changes.add(new Change.DropColumn(table, c)));
        before.values().stream().filter(c -> after.containsKey(c.name()) && !c.equals(after.get(c.name())))
                .forEach(c -> changes.add(new Change.AlterColumn(table, c, after.get(c.name()))));

        PrimaryKey pa = a.primaryKey();
        PrimaryKey pb = b.primaryKey();
        if (!Objects.equals(pa, pb)) {
            if (pa != null) {
                changes.add(new Change.DropPrimaryKey(table, pa));
            }
            if (pb != null) {
                changes.add(new Change.AddPrimaryKey(table, pb));
            }
        }
        merge(a.uniques(), b.uniques(), changes, u -> new Change.AddUnique(table, u), u -> new Change.DropUnique(table, u),
                (x, y) -> x.equals(y) ? List.of() : List.of(new Change.DropUnique(table, x), new Change.AddUnique(table, y)));
        merge(a.checks(), b.checks(), changes, c -> new Change.AddCheck(table, c), c -> new Change.DropCheck(table, c),
                (x, y) -> x.equals(y) ? List.of() : List.of(new Change.DropCheck(table, x), new Change.AddCheck(table, y)));
        merge(a.foreignKeys(), b.foreignKeys(), changes, f -> new Change.AddForeignKey(table, f), f -> new Change.DropForeignKey(table, f),
                (x, y) -> x.equals(y) ? List.of() : List.of(new Change.DropForeignKey(table, x), new Change.AddForeignKey(table, y)));
        merge(a.indexes(), b.indexes(), changes, i -> new Change.AddIndex(table, i), i -> new Change.DropIndex(table, i),
                (x, y) -> x.equals(y) ? List.of() : List.of(new Change.DropIndex(table, x), new Change.AddIndex(table, y)));
        merge(a.triggers(), b.triggers(), changes, t -> new Change.AddTrigger(table, t), t -> new Change.DropTrigger(table, t),
                (x, y) -> x.equals(y) ? List.of() : List.of(new Change.DropTrigger(table, x), new Change.AddTrigger(table, y)));
        if (!Objects.equals(a.comment(), b.comment())) {
            changes.add(new Change.SetTableComment(table, a.comment(), b.comment()));
        }
        return NameChanges.pair(changes);
    }

    private static <T> void merge(Map<String, T> from, Map<String, T> to, List<Change> changes,
                                  Function<T, Change> add, Function<T, Change> drop, BiFunction<T, T, List<Change>> modify) {
        to.forEach((key, value) -> {
            if (!from.containsKey(key)) {
                changes.add(add.apply(value));
            }
        });
        from.forEach((key, value) -> {
            T other = to.get(key);
            if (other == null) {
                changes.add(drop.apply(value));
            } else {
                changes.addAll(modify.apply(value, other));
            }
        });
    }
}
