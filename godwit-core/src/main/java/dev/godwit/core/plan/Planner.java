package dev.godwit.core.plan;

import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.Rendering;
import dev.godwit.core.spi.SafetyRules;
import dev.godwit.core.spi.TypeRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders changes by dependency, lowers them to what the database can do, tags each with its
 * hazards and renders it. Written once; dialects answer through their {@link Rendering} parts.
 */
public final class Planner {

    private Planner() {
    }

    /** The plan from {@code from} to {@code to}. */
    public static Plan plan(Schema from, Schema to, Rendering rendering) {
        return plan(Differ.diff(from, to), from, to, rendering);
    }

    public static Plan plan(List<Change> changes, Schema from, Schema to, Rendering rendering) {
        List<Change> lowered = order(rendering.ddl().lower(order(changes), from, to));
        Set<String> newTables = new HashSet<>();
        lowered.stream().filter(c -> c.kind() == Change.Kind.ADD_TABLE).forEach(c -> newTables.add(c.table()));
        List<Step> steps = new ArrayList<>();
        for (Change change : lowered) {
            Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
            hazards.addAll(genericHazards(change, rendering.types()));
            SafetyRules.SafeForm form = rendering.safety().safeForm(change, newTables);
            hazards.addAll(form.hazards());
            Segments segments = form.segments();
            steps.add(new Step(change, segments.main(), segments.validate(), segments.concurrent(), hazards, Descriptions.of(change)));
        }
        return new Plan(steps);
    }

    /**
     * Every ordering rule, in one place. Within a phase the differ's (sorted, deterministic)
     * order is kept.
     */
    static List<Change> order(List<Change> changes) {
        Set<String> recreatedEnums = changes.stream().filter(c -> c instanceof Change.CreateEnum)
                .map(c -> ((Change.CreateEnum) c).type().name()).collect(Collectors.toSet());
        Set<String> recreatedDefinitions = changes.stream().filter(c -> c instanceof Change.AddDefinition)
                .map(c -> ((Change.AddDefinition) c).definition().key()).collect(Collectors.toSet());
        List<Change> sorted = new ArrayList<>(changes);
        Set<String> added = changes.stream().filter(c -> c instanceof Change.AddTable).map(Change::table).collect(Collectors.toSet());
        // A table made anew (its partitioning or parents changed) goes before it comes again.
        java.util.function.ToIntFunction<Change> phase = c -> c instanceof Change.DropTable && added.contains(c.table())
                ? 45 : phase(c, recreatedEnums, recreatedDefinitions);
        sorted.sort(Comparator.comparingInt(phase));
        return ViewOrder.apply(parentsFirst(dropReferencingTablesFirst(sorted, phase)));
    }

    private static int phase(Change change, Set<String> recreatedEnums, Set<String> recreatedDefinitions) {
        return switch (change.kind()) {
            // An enum whose values were removed is dropped and created again: the drop goes first.
            case DROP_ENUM -> recreatedEnums.contains(((Change.DropEnum) change).type().name()) ? 0 : 110;
            // Views go before anything they read changes: a column's type cannot change under a view.
            // An extension goes last: the types and functions it brings may be used until then.
            case DROP_DEFINITION -> switch (((Change.DropDefinition) change).definition().kind()) {
                // A schema once everything in it is gone.
                case SCHEMA -> 125;
                // Last, once what uses it is gone — or, when it is created again, just before that.
                case EXTENSION, TYPE, COLLATION -> recreatedDefinitions.contains(((Change.DropDefinition) change).definition().key()) ? 11
                        : ((Change.DropDefinition) change).definition().kind() == dev.godwit.core.schema.Definition.Kind.EXTENSION ? 120 : 115;
                case FUNCTION, PROCEDURE -> 25;
                // Grants and policies before the views they are on; all of these before renames: they name the old table.
                case GRANT, POLICY, ROW_SECURITY, DEFAULT_PRIVILEGES -> 0;
                case VIEW, MATERIALIZED_VIEW -> 1;
                case PARTITION, INDEX, CONSTRAINT, TABLE_OPTIONS -> 2;
            };
            // Renames first among table changes: every later change names tables and columns by their new names.
            case RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, RENAME_INDEX, RENAME_ENUM_VALUE -> 10;
            // Types and sequences exist before the columns that use them.
            case CREATE_ENUM, ADD_ENUM_VALUE, CREATE_SEQUENCE, ALTER_SEQUENCE, RECREATE_ENUM -> 15;
            // Foreign keys go before the keys, columns and tables they depend on; triggers before the functions they call.
            case DROP_FOREIGN_KEY, DROP_TRIGGER -> 20;
            // Routines exist before the defaults, checks and triggers that call them (one whose arguments or
            // result are a new table's row type comes after that table); a recreated one is dropped first (25).
            case ADD_DEFINITION -> definitionPhase(((Change.AddDefinition) change).definition());
            case REPLACE_DEFINITION -> switch (((Change.ReplaceDefinition) change).to().kind()) {
                case SCHEMA -> 5;
                case PARTITION -> 62;
                case EXTENSION -> 12;
                default -> 31;
            };
            case DROP_INDEX, DROP_UNIQUE, DROP_CHECK -> 40;
            case DROP_PRIMARY_KEY -> 45;
            case ADD_TABLE -> 50;
            case ADD_COLUMN, ALTER_COLUMN, DROP_COLUMN, SET_TABLE_COMMENT, REBUILD_TABLE -> 60;
            case ADD_PRIMARY_KEY -> 70;
            case ADD_UNIQUE, ADD_CHECK, ADD_INDEX -> 80;
            // Foreign keys once the keys they reference exist.
            case ADD_FOREIGN_KEY -> 90;
            // Triggers last among additions to tables: their bodies may use any table or column.
            case ADD_TRIGGER -> 90;
            // Tables once nothing else needs them (see dropReferencingTablesFirst).
            case DROP_TABLE -> 100;
            case DROP_SEQUENCE -> 110;
        };
    }

    /** Extensions first (12); routines with the types (31, or 55 after the tables whose row type they take); views once every table is in shape (95). */
    private static int definitionPhase(dev.godwit.core.schema.Definition definition) {
        if (definition.kind() == dev.godwit.core.schema.Definition.Kind.SCHEMA) {
            // Schemas before anything is made in them (an extension WITH SCHEMA among those).
            return 5;
        }
        if (definition.kind() == dev.godwit.core.schema.Definition.Kind.EXTENSION) {
            // Extensions first of all: their types and functions are used by what follows.
            return 12;
        }
        if (definition.kind() == dev.godwit.core.schema.Definition.Kind.TYPE || definition.kind() == dev.godwit.core.schema.Definition.Kind.COLLATION) {
            return 13;
        }
        if (definition.kind() == dev.godwit.core.schema.Definition.Kind.DEFAULT_PRIVILEGES) {
            // Before the objects they are for are made, as a schema file sets them up first.
            return 14;
        }
        switch (definition.kind()) {
            // Partitions once their parent has its columns: they are made with the parent's.
            case PARTITION -> {
                return 62;
            }
            case INDEX, CONSTRAINT -> {
                return 85;
            }
            case TABLE_OPTIONS -> {
                return 86;
            }
            case VIEW, MATERIALIZED_VIEW -> {
                return 95;
            }
            // Row security, policies and grants once what they are on (tables, views, routines) exists.
            case ROW_SECURITY -> {
                return 96;
            }
            case POLICY -> {
                return 97;
            }
            case GRANT -> {
                return 98;
            }
            default -> {
            }
        }
        return definition.dependsOn().stream().anyMatch(k -> k.startsWith("table ")) ? 55 : 31;
    }

    /** Among dropped tables, one whose foreign key points at another is dropped before it. */
    private static List<Change> dropReferencingTablesFirst(List<Change> changes, java.util.function.ToIntFunction<Change> phase) {
        Map<String, Table> dropped = new LinkedHashMap<>();
        changes.stream().filter(c -> c instanceof Change.DropTable).forEach(c -> dropped.put(c.table(), ((Change.DropTable) c).definition()));
        if (dropped.size() < 2) {
            return changes;
        }
        List<Change> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : dropped.keySet()) {
            visit(name, dropped, done, new HashSet<>(), ordered);
        }
        List<Change> result = new ArrayList<>(changes.stream().filter(c -> !(c instanceof Change.DropTable)).toList());
        // Where the drops of tables were: before what goes once the tables are gone (sequences, types, schemas).
        int tablePhase = phase.applyAsInt(ordered.get(0));
        int at = 0;
        while (at < result.size() && phase.applyAsInt(result.get(at)) <= tablePhase) {
            at++;
        }
        result.addAll(at, ordered);
        return result;
    }

    /** New tables after the new tables they inherit from (INHERITS names an existing table). */
    private static List<Change> parentsFirst(List<Change> changes) {
        Map<String, Change.AddTable> adds = new LinkedHashMap<>();
        changes.stream().filter(c -> c instanceof Change.AddTable).forEach(c -> adds.put(c.table(), (Change.AddTable) c));
        if (adds.values().stream().allMatch(a -> a.definition().lineage().inherits().isEmpty())) {
            return changes;
        }
        List<Change.AddTable> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        adds.keySet().forEach(name -> addParentsFirst(name, adds, done, ordered));
        java.util.Iterator<Change.AddTable> next = ordered.iterator();
        List<Change> result = new ArrayList<>();
        for (Change change : changes) {
            result.add(change instanceof Change.AddTable ? next.next() : change);
        }
        return result;
    }

    private static void addParentsFirst(String name, Map<String, Change.AddTable> adds, Set<String> done, List<Change.AddTable> out) {
        Change.AddTable add = adds.get(name);
        if (add == null || !done.add(name)) {
            return;
        }
        add.definition().lineage().inherits().forEach(parent -> addParentsFirst(parent, adds, done, out));
        out.add(add);
    }

    /** Depth-first: tables referencing {@code name} (among the dropped) come before it. A cycle is broken where found. */
    private static void visit(String name, Map<String, Table> dropped, Set<String> done, Set<String> visiting, List<Change> out) {
        if (done.contains(name) || !visiting.add(name)) {
            return;
        }
        for (Table other : dropped.values()) {
            boolean references = other.foreignKeys().values().stream().anyMatch(fk -> fk.referencedTable().equals(name))
                    || other.lineage().inherits().contains(name);
            if (references && !other.name().equals(name)) {
                visit(other.name(), dropped, done, visiting, out);
            }
        }
        done.add(name);
        out.add(new Change.DropTable(dropped.get(name)));
    }

    private static Set<Hazard> genericHazards(Change change, TypeRules types) {
        return switch (change.kind()) {
            case DROP_TABLE, DROP_COLUMN, DROP_SEQUENCE, DROP_ENUM -> EnumSet.of(Hazard.DATA_LOSS, Hazard.IRREVERSIBLE);
            // A view or routine holds no data; its definition is in the schema it came from, so the undo recreates it.
            // A partition holds rows.
            case DROP_DEFINITION -> ((Change.DropDefinition) change).definition().kind() == dev.godwit.core.schema.Definition.Kind.PARTITION
                    ? EnumSet.of(Hazard.DATA_LOSS, Hazard.IRREVERSIBLE) : EnumSet.noneOf(Hazard.class);
            // PostgreSQL cannot remove a value from an enum.
            case ADD_ENUM_VALUE -> EnumSet.of(Hazard.IRREVERSIBLE);
            // Rows holding a value that disappears make the cast fail; the consent says that is meant.
            case RECREATE_ENUM -> {
                Change.RecreateEnum r = (Change.RecreateEnum) change;
                yield r.to().values().containsAll(r.from().values()) ? EnumSet.of(Hazard.TABLE_REWRITE)
                        : EnumSet.of(Hazard.DATA_LOSS, Hazard.TABLE_REWRITE);
            }
            case ALTER_COLUMN -> {
                Change.AlterColumn a = (Change.AlterColumn) change;
                yield types.narrows(a.from().type(), a.to().type()) ? EnumSet.of(Hazard.DATA_LOSS) : EnumSet.noneOf(Hazard.class);
            }
            case REBUILD_TABLE -> rebuildHazards((Change.RebuildTable) change, types);
            case RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, RENAME_INDEX, RENAME_ENUM_VALUE, CREATE_ENUM, CREATE_SEQUENCE, ALTER_SEQUENCE, ADD_TABLE, ADD_COLUMN, ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE, DROP_UNIQUE,
                 ADD_CHECK, DROP_CHECK, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY, ADD_INDEX, DROP_INDEX, ADD_TRIGGER, DROP_TRIGGER,
                 SET_TABLE_COMMENT, ADD_DEFINITION, REPLACE_DEFINITION ->
                    EnumSet.noneOf(Hazard.class);
        };
    }

    private static Set<Hazard> rebuildHazards(Change.RebuildTable r, TypeRules types) {
        Set<Hazard> hazards = EnumSet.of(Hazard.TABLE_REWRITE, Hazard.BLOCKS_WRITES);
        boolean dropsColumn = r.from().columns().stream().map(Column::name).anyMatch(n -> r.to().column(n).isEmpty());
        boolean narrows = r.from().columns().stream().anyMatch(c -> r.to().column(c.name())
                .map(t -> types.narrows(c.type(), t.type())).orElse(false));
        if (dropsColumn || narrows) {
            hazards.add(Hazard.DATA_LOSS);
        }
        if (dropsColumn) {
            hazards.add(Hazard.IRREVERSIBLE);
        }
        return hazards;
    }
}
