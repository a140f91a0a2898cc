package dev.godwit.core.generate;

import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.history.ForeignHistory;
import dev.godwit.core.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/** What differs between the live schema and what the files produce, in words ("trip.facture_pdf is …"). */
public final class SchemaDifferences {

    private SchemaDifferences() {
    }

    public static List<String> describe(Schema live, Schema files) {
        List<String> lines = new ArrayList<>();
        Schema a = live.without(ForeignHistory.TABLES.keySet());
        Schema b = files.without(ForeignHistory.TABLES.keySet());
        List<Change> changes = Differ.diff(a, b);
        java.util.Set<String> readded = new java.util.HashSet<>();
        changes.stream().filter(c -> c instanceof Change.AddDefinition).forEach(c -> readded.add(((Change.AddDefinition) c).definition().key()));
        java.util.Set<String> redropped = new java.util.HashSet<>();
        changes.stream().filter(c -> c instanceof Change.DropDefinition).forEach(c -> redropped.add(((Change.DropDefinition) c).definition().key()));
        for (Change change : changes) {
            if (change instanceof Change.DropDefinition d && readded.contains(d.definition().key())) {
                continue;
            }
            lines.add(switch (change.kind()) {
                case ADD_TABLE -> "table " + change.table() + " is missing live";
                case DROP_TABLE -> "table " + change.table() + " exists live but not in the files";
                case ADD_COLUMN -> "column " + change.table() + "." + ((Change.AddColumn) change).column().name() + " is missing live";
                case DROP_COLUMN -> "column " + change.table() + "." + ((Change.DropColumn) change).column().name() + " exists live but not in the files";
                case ALTER_COLUMN -> {
                    Change.AlterColumn c = (Change.AlterColumn) change;
                    yield change.table() + "." + c.to().name() + " is " + shape(c.from()) + " live, " + shape(c.to()) + " in the files";
                }
                case ADD_INDEX -> "index " + ((Change.AddIndex) change).index().name() + " is missing live";
                case DROP_INDEX -> "index " + ((Change.DropIndex) change).index().name() + " exists live but not in the files";
                case ADD_FOREIGN_KEY -> "foreign key " + ((Change.AddForeignKey) change).foreignKey().name() + " is missing live";
                case DROP_FOREIGN_KEY -> "foreign key " + ((Change.DropForeignKey) change).foreignKey().name() + " exists live but not in the files";
                case RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, RENAME_INDEX, RENAME_ENUM_VALUE -> dev.godwit.core.plan.Descriptions.of(change);
                case ALTER_SEQUENCE -> "sequence " + ((Change.AlterSequence) change).to().name() + " has other options live";
                case ADD_UNIQUE, ADD_CHECK, ADD_PRIMARY_KEY, ADD_TRIGGER, CREATE_ENUM, ADD_ENUM_VALUE, CREATE_SEQUENCE ->
                        dev.godwit.core.plan.Descriptions.of(change) + " would be needed live";
                case DROP_UNIQUE, DROP_CHECK, DROP_PRIMARY_KEY, DROP_TRIGGER, DROP_ENUM, DROP_SEQUENCE, SET_TABLE_COMMENT, REBUILD_TABLE ->
                        dev.godwit.core.plan.Descriptions.of(change) + " would be needed live";
                case ADD_DEFINITION -> {
                    String key = ((Change.AddDefinition) change).definition().key();
                    yield redropped.contains(key) ? key + " differs live (or reads something that does)" : key + " is missing live";
                }
                case DROP_DEFINITION -> ((Change.DropDefinition) change).definition().key() + " exists live but not in the files";
                case REPLACE_DEFINITION -> ((Change.ReplaceDefinition) change).to().key() + ": its body differs live";
                case RECREATE_ENUM -> "enum type " + ((Change.RecreateEnum) change).to().name() + " is "
                        + ((Change.RecreateEnum) change).from().values() + " live, " + ((Change.RecreateEnum) change).to().values() + " in the files";
            });
        }
        lines.addAll(dev.godwit.core.diff.UnmodelledDifferences.describe(a, "live", b, "the files"));
        return lines;
    }

    private static String shape(dev.godwit.core.schema.Column column) {
        return column.type() + (column.nullable() ? "" : " not null") + (column.defaultExpression() == null ? "" : " default " + column.defaultExpression());
    }
}
