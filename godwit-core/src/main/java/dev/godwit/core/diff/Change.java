package dev.godwit.core.diff;

import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.Check;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Constraints.PrimaryKey;
import dev.godwit.core.schema.Constraints.Trigger;
import dev.godwit.core.schema.Constraints.Unique;
import dev.godwit.core.schema.Definition;
import dev.godwit.core.schema.EnumType;
import dev.godwit.core.schema.Sequence;
import dev.godwit.core.schema.Table;

import java.util.List;

/**
 * One difference between two schemas, as a step a migration can take. The set is closed:
 * planners, renderers and lints switch over it exhaustively, so a new kind cannot be forgotten.
 */
public sealed interface Change {

    /**
     * The kind of each change. Java 17 has no pattern matching in {@code switch}, so code that
     * must handle every change switches over this enum: a switch expression without
     * {@code default} fails to compile when a kind is added and not handled.
     */
    enum Kind { RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, RENAME_INDEX, CREATE_ENUM, DROP_ENUM, ADD_ENUM_VALUE, RENAME_ENUM_VALUE, CREATE_SEQUENCE, ALTER_SEQUENCE, DROP_SEQUENCE, ADD_TABLE, DROP_TABLE, ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN, ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE, DROP_UNIQUE, ADD_CHECK, DROP_CHECK, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY, ADD_INDEX, DROP_INDEX, ADD_TRIGGER, DROP_TRIGGER, SET_TABLE_COMMENT, REBUILD_TABLE, ADD_DEFINITION, DROP_DEFINITION, REPLACE_DEFINITION, RECREATE_ENUM }

    Kind kind();

    /** A short name for file names and messages, e.g. {@code add_trip_facture_pdf}. */
    String slug();

    /** The table it touches, or {@code null} for types and sequences. */
    default String table() {
        return null;
    }

    /** A table renamed: rows, constraints and indexes kept (their names too). */
    record RenameTable(String from, String to) implements Change {
        public Kind kind() {
            return Kind.RENAME_TABLE;
        }

        public String slug() {
            return "rename_" + from + "_to_" + to;
        }

        public String table() {
            return to;
        }
    }

    /** A column renamed: its values kept. */
    record RenameColumn(String table, String from, String to) implements Change {
        public Kind kind() {
            return Kind.RENAME_COLUMN;
        }

        public String slug() {
            return "rename_" + table + "_" + from + "_to_" + to;
        }
    }

    /** A key or constraint whose definition is unchanged but whose name is not (e.g. after its table was renamed). */
    record RenameConstraint(String table, String from, String to) implements Change {
        public Kind kind() {
            return Kind.RENAME_CONSTRAINT;
        }

        public String slug() {
            return "rename_" + from + "_to_" + to;
        }
    }

    /** An index whose definition is unchanged but whose name is not. */
    record RenameIndex(String table, Index index, String to) implements Change {
        public Kind kind() {
            return Kind.RENAME_INDEX;
        }

        public String slug() {
            return "rename_" + index.name() + "_to_" + to;
        }
    }

    record CreateEnum(EnumType type) implements Change {
        public Kind kind() {
            return Kind.CREATE_ENUM;
        }

        public String slug() {
            return "create_type_" + type.name();
        }
    }

    record DropEnum(EnumType type) implements Change {
        public Kind kind() {
            return Kind.DROP_ENUM;
        }

        public String slug() {
            return "drop_type_" + type.name();
        }
    }

    /** A value added to an enum, placed before {@code before} or after {@code after} (one of them may be null: at the end). */
    record AddEnumValue(String type, String value, String before, String after) implements Change {
        public Kind kind() {
            return Kind.ADD_ENUM_VALUE;
        }

        public String slug() {
            return "add_" + type + "_" + value;
        }
    }

    /** A value of an enum renamed in place: the rows holding it hold the new name (PostgreSQL 10+). */
    record RenameEnumValue(String type, String from, String to) implements Change {
        public Kind kind() {
            return Kind.RENAME_ENUM_VALUE;
        }

        public String slug() {
            return "rename_" + type + "_" + from;
        }
    }

    /** A sequence's options changed; its current value is kept. */
    record AlterSequence(Sequence from, Sequence to) implements Change {
        public Kind kind() {
            return Kind.ALTER_SEQUENCE;
        }

        public String slug() {
            return "alter_sequence_" + to.name();
        }
    }

    record CreateSequence(Sequence sequence) implements Change {
        public Kind kind() {
            return Kind.CREATE_SEQUENCE;
        }

        public String slug() {
            return "create_sequence_" + sequence.name();
        }
    }

    record DropSequence(Sequence sequence) implements Change {
        public Kind kind() {
            return Kind.DROP_SEQUENCE;
        }

        public String slug() {
            return "drop_sequence_" + sequence.name();
        }
    }

    /** A new table with its columns, keys, checks and indexes; its foreign keys come as {@link AddForeignKey}. */
    record AddTable(Table definition) implements Change {
        public Kind kind() {
            return Kind.ADD_TABLE;
        }

        public String slug() {
            return "create_" + definition.name();
        }

        public String table() {
            return definition.name();
        }
    }

    record DropTable(Table definition) implements Change {
        public Kind kind() {
            return Kind.DROP_TABLE;
        }

        public String slug() {
            return "drop_" + definition.name();
        }

        public String table() {
            return definition.name();
        }
    }

    record AddColumn(String table, Column column) implements Change {
        public Kind kind() {
            return Kind.ADD_COLUMN;
        }

        public String slug() {
            return "add_" + table + "_" + column.name();
        }
    }

    record DropColumn(String table, Column column) implements Change {
        public Kind kind() {
            return Kind.DROP_COLUMN;
        }

        public String slug() {
            return "drop_" + table + "_" + column.name();
        }
    }

    record AlterColumn(String table, Column from, Column to) implements Change {
        public Kind kind() {
            return Kind.ALTER_COLUMN;
        }

        public String slug() {
            return "alter_" + table + "_" + to.name();
        }
    }

    record AddPrimaryKey(String table, PrimaryKey key) implements Change {
        public Kind kind() {
            return Kind.ADD_PRIMARY_KEY;
        }

        public String slug() {
            return "add_" + table + "_primary_key";
        }
    }

    record DropPrimaryKey(String table, PrimaryKey key) implements Change {
        public Kind kind() {
            return Kind.DROP_PRIMARY_KEY;
        }

        public String slug() {
            return "drop_" + table + "_primary_key";
        }
    }

    record AddUnique(String table, Unique unique) implements Change {
        public Kind kind() {
            return Kind.ADD_UNIQUE;
        }

        public String slug() {
            return "add_" + unique.name();
        }
    }

    record DropUnique(String table, Unique unique) implements Change {
        public Kind kind() {
            return Kind.DROP_UNIQUE;
        }

        public String slug() {
            return "drop_" + unique.name();
        }
    }

    record AddCheck(String table, Check check) implements Change {
        public Kind kind() {
            return Kind.ADD_CHECK;
        }

        public String slug() {
            return "add_" + check.name();
        }
    }

    record DropCheck(String table, Check check) implements Change {
        public Kind kind() {
            return Kind.DROP_CHECK;
        }

        public String slug() {
            return "drop_" + check.name();
        }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements Change {
        public Kind kind() {
            return Kind.ADD_FOREIGN_KEY;
        }

        public String slug() {
            return "add_" + foreignKey.name();
        }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements Change {
        public Kind kind() {
            return Kind.DROP_FOREIGN_KEY;
        }

        public String slug() {
            return "drop_" + foreignKey.name();
        }
    }

    record AddIndex(String table, Index index) implements Change {
        public Kind kind() {
            return Kind.ADD_INDEX;
        }

        public String slug() {
            return "add_" + index.name();
        }
    }

    record DropIndex(String table, Index index) implements Change {
        public Kind kind() {
            return Kind.DROP_INDEX;
        }

        public String slug() {
            return "drop_" + index.name();
        }
    }

    record AddTrigger(String table, Trigger trigger) implements Change {
        public Kind kind() {
            return Kind.ADD_TRIGGER;
        }

        public String slug() {
            return "add_trigger_" + trigger.name();
        }
    }

    record DropTrigger(String table, Trigger trigger) implements Change {
        public Kind kind() {
            return Kind.DROP_TRIGGER;
        }

        public String slug() {
            return "drop_trigger_" + trigger.name();
        }
    }

    record SetTableComment(String table, String from, String to) implements Change {
        public Kind kind() {
            return Kind.SET_TABLE_COMMENT;
        }

        public String slug() {
            return "comment_" + table;
        }
    }

    /**
     * A table recreated with another definition, rows copied: how a database without the
     * needed {@code ALTER TABLE} (SQLite) makes other changes. Produced by lowering, never by the differ.
     */
    record RebuildTable(Table from, Table to, List<Change> because) implements Change {
        public RebuildTable {
            because = List.copyOf(because);
        }

        public Kind kind() {
            return Kind.REBUILD_TABLE;
        }

        public String slug() {
            return "rebuild_" + to.name();
        }

        public String table() {
            return to.name();
        }
    }

    /** A view or routine created from its definition. */
    record AddDefinition(Definition definition) implements Change {
        public Kind kind() {
            return Kind.ADD_DEFINITION;
        }

        public String slug() {
            return "create_" + definition.kind().label().replace(' ', '_') + "_" + definition.bareName();
        }
    }

    /** A view or routine dropped (a view is data-free: it is dropped and created again whenever it or what it reads changes). */
    record DropDefinition(Definition definition) implements Change {
        public Kind kind() {
            return Kind.DROP_DEFINITION;
        }

        public String slug() {
            return "drop_" + definition.kind().label().replace(' ', '_') + "_" + definition.bareName();
        }
    }

    /** A routine whose body (not its arguments or result) changed: CREATE OR REPLACE, dependents untouched. */
    record ReplaceDefinition(Definition from, Definition to) implements Change {
        public Kind kind() {
            return Kind.REPLACE_DEFINITION;
        }

        public String slug() {
            return "replace_" + to.kind().label().replace(' ', '_') + "_" + to.bareName();
        }
    }

    /** A column that uses a type, with its default (dropped and set again around a cast). */
    record ColumnRef(String table, String column, boolean array, String defaultExpression) {
    }

    /**
     * An enum whose values are removed or reordered: made anew under its name, the columns that use
     * it cast to the new type through text (a row holding a removed value makes the cast, and so the
     * migration, fail: no value is lost in silence), and the old type dropped.
     */
    record RecreateEnum(EnumType from, EnumType to, List<ColumnRef> columns, List<Change> around) implements Change {

        /**
         * @param around drops of the checks and partial indexes that read those columns, each followed by
         *               its re-creation: they are made again once the columns have the new type
         */
        public RecreateEnum {
            columns = List.copyOf(columns);
            around = List.copyOf(around);
        }

        public RecreateEnum(EnumType from, EnumType to, List<ColumnRef> columns) {
            this(from, to, columns, List.of());
        }

        public Kind kind() {
            return Kind.RECREATE_ENUM;
        }

        public String slug() {
            return "recreate_type_" + to.name();
        }
    }
}
