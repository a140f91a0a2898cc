package dev.godwit.core.diff;

import dev.godwit.core.schema.Constraints.Index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A constraint or index dropped and added again with the same definition under another name is
 * a rename: cheaper, and possible even when foreign keys depend on it (PostgreSQL cannot drop a
 * primary key that a foreign key references). Happens after a table rename, whose keys keep
 * their old names.
 */
final class NameChanges {

    private NameChanges() {
    }

    static List<Change> pair(List<Change> changes) {
        List<Change> result = new ArrayList<>(changes);
        for (Change drop : changes) {
            for (Change add : changes) {
                if (!result.contains(drop) || !result.contains(add)) {
                    continue;
                }
                Change rename = renameOf(drop, add);
                if (rename != null) {
                    result.remove(add);
                    result.set(result.indexOf(drop), rename);
                }
            }
        }
        return result;
    }

    private static Change renameOf(Change drop, Change add) {
        if (drop instanceof Change.DropPrimaryKey d && add instanceof Change.AddPrimaryKey a
                && d.key().columns().equals(a.key().columns()) && d.key().name() != null && a.key().name() != null) {
            return new Change.RenameConstraint(d.table(), d.key().name(), a.key().name());
        }
        if (drop instanceof Change.DropUnique d && add instanceof Change.AddUnique a && d.unique().columns().equals(a.unique().columns())) {
            return new Change.RenameConstraint(d.table(), d.unique().name(), a.unique().name());
        }
        if (drop instanceof Change.DropCheck d && add instanceof Change.AddCheck a && d.check().expression().equals(a.check().expression())) {
            return new Change.RenameConstraint(d.table(), d.check().name(), a.check().name());
        }
        if (drop instanceof Change.DropForeignKey d && add instanceof Change.AddForeignKey a) {
            var x = d.foreignKey();
            var y = a.foreignKey();
            if (x.columns().equals(y.columns()) && x.referencedTable().equals(y.referencedTable()) && x.referencedColumns().equals(y.referencedColumns())
                    && Objects.equals(x.onDelete(), y.onDelete()) && Objects.equals(x.onUpdate(), y.onUpdate())) {
                return new Change.RenameConstraint(d.table(), x.name(), y.name());
            }
        }
        if (drop instanceof Change.DropIndex d && add instanceof Change.AddIndex a && sameDefinition(d.index(), a.index())) {
            return new Change.RenameIndex(d.table(), d.index(), a.index().name());
        }
        return null;
    }

    private static boolean sameDefinition(Index x, Index y) {
        return x.keys().equals(y.keys()) && x.unique() == y.unique() && Objects.equals(x.predicate(), y.predicate()) && Objects.equals(x.method(), y.method());
    }
}
