package dev.godwit.core.diff;

import dev.godwit.core.schema.Constraints.Trigger;
import dev.godwit.core.schema.Definition;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes to views and routines: those that differ, and those that must be dropped and created
 * again because something they depend on changes — a view reading a column whose type changes
 * (PostgreSQL refuses to alter it under the view), a view reading another view or a routine that is
 * recreated, a trigger calling a routine that is recreated. The database's own dependency records
 * ({@link Definition#dependsOn()}) decide; a view has no data, so recreating one too many costs
 * nothing. Pure.
 */
final class DefinitionChanges {

    private DefinitionChanges() {
    }

    /**
     * @param tableChanges the changes already found for tables (the ones that force dependents to be recreated)
     */
    static List<Change> of(Schema from, Schema to, List<Change> tableChanges) {
        Map<String, Definition> before = from.definitions();
        Map<String, Definition> after = to.definitions();
        Set<String> droppedTables = new HashSet<>();
        tableChanges.stream().filter(c -> c.kind() == Change.Kind.DROP_TABLE).forEach(c -> droppedTables.add(Definition.tableKey(c.table())));
        Set<String> recreated = new LinkedHashSet<>();
        Set<String> readded = new LinkedHashSet<>();
        List<Change> replaced = new ArrayList<>();
        after.forEach((key, d) -> {
            if (!before.containsKey(key)) {
                readded.add(key);
            }
        });
        before.forEach((key, d) -> {
            Definition other = after.get(key);
            if (other == null) {
                recreated.add(key);
            } else if (!d.equals(other)) {
                if (d.replaceableBy(other)) {
                    replaced.add(new Change.ReplaceDefinition(d, other));
                } else if (d.kind() == Definition.Kind.TYPE && inUse(from, d.name())) {
                    // Dropping a type columns use fails, and a composite or range type is not altered in place yet:
                    // the difference is left for diff to report as what the migration does not do.
                    return;
                } else {
                    recreated.add(key);
                    readded.add(key);
                }
            }
        });
        Set<String> changed = new HashSet<>(recreated);
        Set<String> brokenTables = new HashSet<>();
        tableChanges.forEach(c -> brokenTables.addAll(breaking(c)));
        // Follow dependencies until nothing more depends on what changes.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Definition d : before.values()) {
                boolean dependsOnChange = d.dependsOn().stream().anyMatch(changed::contains)
                        || (d.kind().readsColumns() && d.dependsOn().stream().anyMatch(brokenTables::contains));
                if (!changed.contains(d.key()) && dependsOnChange) {
                    changed.add(d.key());
                    recreated.add(d.key());
                    if (after.containsKey(d.key())) {
                        readded.add(d.key());
                    }
                    grew = true;
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (String key : recreated) {
            Definition d = before.get(key);
            // What is part of a table or view that goes away goes with it: no statement of its own.
            boolean goesAlong = d.kind().isAttached() && d.dependsOn().stream().anyMatch(k -> droppedTables.contains(k)
                    || (recreated.contains(k) && !k.startsWith("table ")));
            if (!goesAlong) {
                changes.add(new Change.DropDefinition(d));
            }
        }
        changes.addAll(replaced);
        readded.forEach(key -> changes.add(new Change.AddDefinition(after.get(key))));
        changes.addAll(triggersOfRecreatedRoutines(from, to, recreated, tableChanges));
        return changes;
    }

    private static boolean inUse(Schema schema, String type) {
        return schema.tables().values().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.type().equals(type) || c.type().equals(type + "[]"));
    }

    /** The table whose change breaks what reads it: a column's type changed or a column or table dropped. */
    private static List<String> breaking(Change change) {
        return switch (change.kind()) {
            case ALTER_COLUMN -> {
                Change.AlterColumn a = (Change.AlterColumn) change;
                yield a.from().type().equals(a.to().type()) ? List.of() : List.of(Definition.tableKey(a.table()));
            }
            case DROP_COLUMN, DROP_TABLE -> List.of(Definition.tableKey(change.table()));
            // Its columns change type (to the type made anew) under whatever reads them.
            case RECREATE_ENUM -> ((Change.RecreateEnum) change).columns().stream().map(c -> Definition.tableKey(c.table())).distinct().toList();
            default -> List.of();
        };
    }

    /** A trigger calls its function by name: when the function is dropped and created, so is the trigger (unless the table diff already does). */
    private static List<Change> triggersOfRecreatedRoutines(Schema from, Schema to, Set<String> recreated, List<Change> tableChanges) {
        Set<String> names = new HashSet<>();
        for (String key : recreated) {
            Definition d = from.definitions().get(key);
            if (d != null && d.kind().isRoutine()) {
                names.add(d.bareName());
            }
        }
        List<Change> changes = new ArrayList<>();
        if (names.isEmpty()) {
            return changes;
        }
        Set<String> touched = new HashSet<>();
        tableChanges.stream().filter(c -> c instanceof Change.DropTrigger || c instanceof Change.AddTrigger || c instanceof Change.DropTable)
                .forEach(c -> touched.add(c.table() + " " + (c instanceof Change.DropTrigger t ? t.trigger().name()
                        : c instanceof Change.AddTrigger t ? t.trigger().name() : "*")));
        for (Table table : from.tables().values()) {
            Table later = to.tables().get(table.name());
            if (later == null || touched.contains(table.name() + " *")) {
                continue;
            }
            for (Trigger trigger : table.triggers().values()) {
                Trigger kept = later.triggers().get(trigger.name());
                if (kept != null && !touched.contains(table.name() + " " + trigger.name()) && callsAnyOf(trigger, names)) {
                    changes.add(new Change.DropTrigger(table.name(), trigger));
                    changes.add(new Change.AddTrigger(table.name(), kept));
                }
            }
        }
        return changes;
    }

    private static boolean callsAnyOf(Trigger trigger, Set<String> routines) {
        String text = trigger.definition().replace("\"", "");
        return routines.stream().anyMatch(r -> text.contains("FUNCTION " + r + "(") || text.contains("PROCEDURE " + r + "("));
    }
}
