package dev.godwit.core.plan;

import dev.godwit.core.diff.Change;

import java.util.List;

/** One line of English per change, for migration files and messages. */
public final class Descriptions {

    private Descriptions() {
    }

    public static String of(Change change) {
        return switch (change.kind()) {
            case RENAME_TABLE -> {
                Change.RenameTable r = (Change.RenameTable) change;
                yield "rename table " + r.from() + " to " + r.to() + " (rows kept)";
            }
            case RENAME_COLUMN -> {
                Change.RenameColumn r = (Change.RenameColumn) change;
                yield "rename column " + r.table() + "." + r.from() + " to " + r.to() + " (values kept)";
            }
            case RENAME_CONSTRAINT -> {
                Change.RenameConstraint r = (Change.RenameConstraint) change;
                yield "rename constraint " + r.from() + " on " + r.table() + " to " + r.to();
            }
            case RENAME_INDEX -> {
                Change.RenameIndex r = (Change.RenameIndex) change;
                yield "rename index " + r.index().name() + " on " + r.table() + " to " + r.to();
            }
            case CREATE_ENUM -> {
                Change.CreateEnum c = (Change.CreateEnum) change;
                yield "create enum type " + c.type().name() + " " + c.type().values();
            }
            case DROP_ENUM -> "drop enum type " + ((Change.DropEnum) change).type().name();
            case ADD_ENUM_VALUE -> {
                Change.AddEnumValue a = (Change.AddEnumValue) change;
                yield "add value '" + a.value() + "' to enum type " + a.type();
            }
            case CREATE_SEQUENCE -> "create sequence " + ((Change.CreateSequence) change).sequence().name();
            case ALTER_SEQUENCE -> "alter sequence " + ((Change.AlterSequence) change).to().name();
            case RENAME_ENUM_VALUE -> {
                Change.RenameEnumValue r = (Change.RenameEnumValue) change;
                yield "rename value '" + r.from() + "' of enum type " + r.type() + " to '" + r.to() + "'";
            }
            case DROP_SEQUENCE -> "drop sequence " + ((Change.DropSequence) change).sequence().name();
            case ADD_TABLE -> "create table " + change.table();
            case DROP_TABLE -> "drop table " + change.table() + " and all its rows";
            case ADD_COLUMN -> {
                Change.AddColumn a = (Change.AddColumn) change;
                yield "add column " + a.table() + "." + a.column().name() + " " + a.column().type();
            }
            case DROP_COLUMN -> "drop column " + change.table() + "." + ((Change.DropColumn) change).column().name() + " and its values";
            case ALTER_COLUMN -> {
                Change.AlterColumn a = (Change.AlterColumn) change;
                yield "alter column " + a.table() + "." + a.to().name() + alterations(a);
            }
            case ADD_PRIMARY_KEY -> "add primary key of " + change.table() + " " + ((Change.AddPrimaryKey) change).key().columns();
            case DROP_PRIMARY_KEY -> "drop primary key of " + change.table();
            case ADD_UNIQUE -> {
                Change.AddUnique a = (Change.AddUnique) change;
                yield "add unique constraint " + a.unique().name() + " on " + a.table() + " " + a.unique().columns();
            }
            case DROP_UNIQUE -> "drop unique constraint " + ((Change.DropUnique) change).unique().name() + " on " + change.table();
            case ADD_CHECK -> "add check constraint " + ((Change.AddCheck) change).check().name() + " on " + change.table();
            case DROP_CHECK -> "drop check constraint " + ((Change.DropCheck) change).check().name() + " on " + change.table();
            case ADD_FOREIGN_KEY -> {
                Change.AddForeignKey a = (Change.AddForeignKey) change;
                yield "add foreign key " + a.foreignKey().name() + " " + a.table() + " " + a.foreignKey().columns()
                        + " -> " + a.foreignKey().referencedTable() + " " + a.foreignKey().referencedColumns();
            }
            case DROP_FOREIGN_KEY -> "drop foreign key " + ((Change.DropForeignKey) change).foreignKey().name() + " on " + change.table();
            case ADD_INDEX -> {
                Change.AddIndex a = (Change.AddIndex) change;
                yield "create index " + a.index().name() + " on " + a.table() + " " + a.index().keys();
            }
            case DROP_INDEX -> "drop index " + ((Change.DropIndex) change).index().name() + " on " + change.table();
            case ADD_TRIGGER -> "create trigger " + ((Change.AddTrigger) change).trigger().name() + " on " + change.table();
            case DROP_TRIGGER -> "drop trigger " + ((Change.DropTrigger) change).trigger().name() + " on " + change.table();
            case SET_TABLE_COMMENT -> "set the comment of table " + change.table();
            case REBUILD_TABLE -> "rebuild table " + change.table() + ", rows copied, to "
                    + ((Change.RebuildTable) change).because().stream().map(Descriptions::of).collect(java.util.stream.Collectors.joining("; "));
            case ADD_DEFINITION -> "create " + ((Change.AddDefinition) change).definition().key();
            case DROP_DEFINITION -> "drop " + ((Change.DropDefinition) change).definition().key();
            case REPLACE_DEFINITION -> switch (((Change.ReplaceDefinition) change).to().kind()) {
                case PARTITION -> "change the bounds of " + ((Change.ReplaceDefinition) change).to().key();
                case EXTENSION -> "update " + ((Change.ReplaceDefinition) change).to().key();
                case SCHEMA -> "set the comment of " + ((Change.ReplaceDefinition) change).to().key();
                case TYPE -> "alter domain " + ((Change.ReplaceDefinition) change).to().name();
                default -> "replace the body of " + ((Change.ReplaceDefinition) change).to().key();
            };
            case RECREATE_ENUM -> {
                Change.RecreateEnum r = (Change.RecreateEnum) change;
                yield "make enum type " + r.to().name() + " anew as " + r.to().values() + " (was " + r.from().values() + ")"
                        + (r.columns().isEmpty() ? "" : ", casting " + r.columns().stream().map(c -> c.table() + "." + c.column())
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        };
    }

    /** A file-name description for a list of changes: {@code add_trip_facture_pdf}, {@code create_trip_and_invoice}. */
    public static String slug(List<Change> changes) {
        if (changes.isEmpty()) {
            return "no_changes";
        }
        if (changes.stream().allMatch(c -> c instanceof Change.AddTable || c instanceof Change.AddForeignKey
                || c instanceof Change.CreateEnum || c instanceof Change.CreateSequence)) {
            List<String> tables = changes.stream().filter(c -> c instanceof Change.AddTable).map(Change::table).toList();
            if (!tables.isEmpty()) {
                return "create_" + String.join("_", tables.subList(0, Math.min(3, tables.size()))) + (tables.size() > 3 ? "_and_more" : "");
            }
        }
        String first = changes.get(0).slug();
        return changes.size() == 1 ? first : first + "_and_" + (changes.size() - 1) + "_more";
    }

    private static String alterations(Change.AlterColumn a) {
        StringBuilder text = new StringBuilder();
        if (!a.from().type().equals(a.to().type())) {
            text.append(": type ").append(a.from().type()).append(" -> ").append(a.to().type());
        }
        if (a.from().identity() != a.to().identity()) {
            text.append(text.isEmpty() ? ": " : ", ").append("identity ").append(a.from().identity()).append(" -> ").append(a.to().identity());
        }
        if (!java.util.Objects.equals(a.from().generated(), a.to().generated())) {
            text.append(text.isEmpty() ? ": " : ", ").append(a.to().generated() == null ? "no longer generated" : "generated as " + a.to().generated());
        }
        if (!java.util.Objects.equals(a.from().comment(), a.to().comment())) {
            text.append(text.isEmpty() ? ": " : ", ").append("comment");
        }
        if (a.from().nullable() != a.to().nullable()) {
            text.append(text.isEmpty() ? ": " : ", ").append(a.to().nullable() ? "drop NOT NULL" : "set NOT NULL");
        }
        if (!java.util.Objects.equals(a.from().defaultExpression(), a.to().defaultExpression())) {
            text.append(text.isEmpty() ? ": " : ", ").append(a.to().defaultExpression() == null ? "drop default" : "default " + a.to().defaultExpression());
        }
        return text.toString();
    }
}
