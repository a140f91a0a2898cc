package dev.godwit.sqlite;

import dev.godwit.core.diff.Change;
import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.DdlRenderer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLite DDL. SQLite's ALTER TABLE can add and drop some columns and rename; everything else on
 * an existing table is done by the rebuild its documentation prescribes
 * (https://www.sqlite.org/lang_altertable.html#otheralter): create the new table, copy the rows,
 * drop the old, rename the new, recreate the indexes. The runner turns {@code foreign_keys} off
 * around the transaction and runs {@code foreign_key_check} before commit (see {@link SqliteDialect}).
 */
final class SqliteRenderer implements DdlRenderer {

    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final String NEW_PREFIX = "godwit_new_";

    @Override
    public List<Change> lower(List<Change> changes, Schema from, Schema to) {
        Set<String> newTables = new HashSet<>();
        Set<String> rebuilt = new HashSet<>();
        for (Change change : changes) {
            if (change.kind() == Change.Kind.ADD_TABLE) {
                newTables.add(change.table());
            }
        }
        for (Change change : changes) {
            String table = change.table();
            if (table != null && !newTables.contains(table) && from.tables().containsKey(table) && to.tables().containsKey(table)
                    && !inPlace(change, from.tables().get(table))) {
                rebuilt.add(table);
            }
        }
        List<Change> lowered = new ArrayList<>();
        Set<String> emitted = new HashSet<>();
        for (Change change : changes) {
            String table = change.table();
            if (change.kind() == Change.Kind.ADD_TABLE) {
                // Foreign keys go inside CREATE TABLE: SQLite cannot add them later.
                lowered.add(new Change.AddTable(to.tables().get(table)));
            } else if (change.kind() == Change.Kind.ADD_FOREIGN_KEY && newTables.contains(table)) {
                continue;
            } else if (table != null && rebuilt.contains(table)) {
                if (emitted.add(table)) {
                    List<Change> because = changes.stream().filter(c -> table.equals(c.table())).toList();
                    lowered.add(new Change.RebuildTable(from.tables().get(table), to.tables().get(table), because));
                }
            } else {
                lowered.add(change);
            }
        }
        return lowered;
    }

    /** Whether SQLite's own ALTER TABLE / CREATE INDEX can make this change on an existing table. */
    private static boolean inPlace(Change change, Table table) {
        return switch (change.kind()) {
            // RENAME COLUMN since SQLite 3.25 (https://www.sqlite.org/lang_altertable.html#altertabrename).
            case RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, RENAME_INDEX, ADD_INDEX, DROP_INDEX, ADD_TRIGGER, DROP_TRIGGER -> true;
            case ADD_COLUMN -> canAdd(((Change.AddColumn) change).column());
            case DROP_COLUMN -> canDrop(((Change.DropColumn) change).column().name(), table);
            default -> false;
        };
    }

    /** https://www.sqlite.org/lang_altertable.html#altertabaddcol */
    private static boolean canAdd(Column column) {
        String value = column.defaultExpression();
        boolean constantDefault = value == null || !(value.startsWith("(") || value.toUpperCase(Locale.ROOT).startsWith("CURRENT_"));
        boolean nonNullDefault = value != null && !value.equalsIgnoreCase("NULL");
        return constantDefault && (column.nullable() || nonNullDefault) && column.identity() == Column.Identity.NONE;
    }

    /** https://www.sqlite.org/lang_altertable.html#altertabdropcol */
    private static boolean canDrop(String column, Table table) {
        Pattern word = Pattern.compile("(?i)(^|[^A-Za-z0-9_])\"?" + Pattern.quote(column) + "\"?([^A-Za-z0-9_]|$)");
        boolean keyed = table.primaryKey() != null && table.primaryKey().columns().contains(column);
        boolean unique = table.uniques().values().stream().anyMatch(u -> u.columns().contains(column));
        boolean foreign = table.foreignKeys().values().stream().anyMatch(f -> f.columns().contains(column));
        boolean indexed = table.indexes().values().stream().anyMatch(i -> i.keys().stream().anyMatch(k -> word.matcher(k).find())
                || (i.predicate() != null && word.matcher(i.predicate()).find()));
        boolean checked = table.checks().values().stream().anyMatch(c -> word.matcher(c.expression()).find());
        return !(keyed || unique || foreign || indexed || checked);
    }

    @Override
    public List<String> render(Change change) {
        return switch (change.kind()) {
            case RENAME_TABLE -> List.of("ALTER TABLE " + quote(((Change.RenameTable) change).from()) + " RENAME TO " + quote(change.table()));
            case RENAME_COLUMN -> {
                Change.RenameColumn r = (Change.RenameColumn) change;
                yield List.of("ALTER TABLE " + quote(r.table()) + " RENAME COLUMN " + quote(r.from()) + " TO " + quote(r.to()));
            }
            // SQLite keeps no names for these constraints: godwit names them from their table, so a table rename renamed them.
            case RENAME_CONSTRAINT -> List.of();
            case RENAME_INDEX -> {
                Change.RenameIndex r = (Change.RenameIndex) change;
                var renamed = new dev.godwit.core.schema.Constraints.Index(r.to(), r.index().keys(), r.index().unique(), r.index().predicate(), r.index().method());
                yield List.of("DROP INDEX " + quote(r.index().name()), createIndex(r.table(), renamed));
            }
            case ADD_TABLE -> createTable(((Change.AddTable) change).definition(), change.table());
            case DROP_TABLE -> List.of("DROP TABLE " + quote(change.table()));
            case ADD_COLUMN -> List.of("ALTER TABLE " + quote(change.table()) + " ADD COLUMN " + column(((Change.AddColumn) change).column(), null));
            case DROP_COLUMN -> List.of("ALTER TABLE " + quote(change.table()) + " DROP COLUMN " + quote(((Change.DropColumn) change).column().name()));
            case ADD_INDEX -> List.of(createIndex(change.table(), ((Change.AddIndex) change).index()));
            case DROP_INDEX -> List.of("DROP INDEX " + quote(((Change.DropIndex) change).index().name()));
            case ADD_TRIGGER -> List.of(((Change.AddTrigger) change).trigger().definition());
            case DROP_TRIGGER -> List.of("DROP TRIGGER " + quote(((Change.DropTrigger) change).trigger().name()));
            case REBUILD_TABLE -> rebuild((Change.RebuildTable) change);
            case CREATE_ENUM, DROP_ENUM, ADD_ENUM_VALUE, RENAME_ENUM_VALUE, CREATE_SEQUENCE, ALTER_SEQUENCE, DROP_SEQUENCE, ALTER_COLUMN, ADD_PRIMARY_KEY,
                 DROP_PRIMARY_KEY, ADD_UNIQUE, DROP_UNIQUE, ADD_CHECK, DROP_CHECK, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY,
                 SET_TABLE_COMMENT -> throw new IllegalArgumentException("SQLite cannot " + change.slug() + " in place; lower() plans a rebuild");
            // SQLite's inspector reports its views as unmodelled: no such change is ever planned for it.
            case ADD_DEFINITION, DROP_DEFINITION, REPLACE_DEFINITION, RECREATE_ENUM ->
                    throw new IllegalArgumentException("SQLite has no enums and its views are not modelled: " + change.slug() + " is never planned for it");
        };
    }

    private List<String> rebuild(Change.RebuildTable rebuild) {
        Table to = rebuild.to();
        String temporary = NEW_PREFIX + to.name();
        List<String> kept = to.columns().stream().map(Column::name).filter(n -> rebuild.from().column(n).isPresent()).map(this::quote).toList();
        List<String> sql = new ArrayList<>();
        sql.add(createTable(to, temporary).get(0));
        sql.add("INSERT INTO " + quote(temporary) + " (" + String.join(", ", kept) + ") SELECT " + String.join(", ", kept)
                + " FROM " + quote(rebuild.from().name()));
        sql.add("DROP TABLE " + quote(rebuild.from().name()));
        sql.add("ALTER TABLE " + quote(temporary) + " RENAME TO " + quote(to.name()));
        to.indexes().values().forEach(i -> sql.add(createIndex(to.name(), i)));
        // Dropping the old table dropped its triggers: recreate the new definition's.
        to.triggers().values().forEach(t -> sql.add(t.definition()));
        return sql;
    }

    private List<String> createTable(Table table, String name) {
        List<String> parts = new ArrayList<>();
        boolean inlineKey = table.columns().stream().anyMatch(c -> c.identity() == Column.Identity.AUTO_INCREMENT);
        table.columns().forEach(c -> parts.add(column(c, table)));
        if (table.primaryKey() != null && !inlineKey) {
            parts.add("PRIMARY KEY (" + columns(table.primaryKey().columns()) + ")");
        }
        table.uniques().values().forEach(u -> parts.add("UNIQUE (" + columns(u.columns()) + ")"));
        table.checks().values().forEach(c -> parts.add("CONSTRAINT " + quote(c.name()) + " CHECK (" + c.expression() + ")"));
        table.foreignKeys().values().forEach(f -> parts.add(foreignKey(f)));
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE " + quote(name) + " (\n    " + String.join(",\n    ", parts) + "\n)");
        if (name.equals(table.name())) {
            table.indexes().values().forEach(i -> sql.add(createIndex(table.name(), i)));
        }
        return sql;
    }

    /** @param table the table being created, or {@code null} for ADD COLUMN */
    private String column(Column column, Table table) {
        StringBuilder sql = new StringBuilder(quote(column.name()));
        if (!column.type().isEmpty()) {
            sql.append(' ').append(column.type());
        }
        if (column.identity() == Column.Identity.AUTO_INCREMENT) {
            sql.append(" PRIMARY KEY AUTOINCREMENT");
        }
        if (!column.nullable() && column.identity() != Column.Identity.AUTO_INCREMENT
                && !(table != null && isRowid(column, table))) {
            sql.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        return sql.toString();
    }

    /** An INTEGER PRIMARY KEY (the rowid) is NOT NULL by nature; saying so would be harmless but is not what SQLite reports. */
    private static boolean isRowid(Column column, Table table) {
        return column.type().equals("INTEGER") && table.primaryKey() != null && table.primaryKey().columns().equals(List.of(column.name()));
    }

    private String foreignKey(ForeignKey fk) {
        return "FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES " + quote(fk.referencedTable()) + " (" + columns(fk.referencedColumns()) + ")"
                + ("NO ACTION".equals(fk.onDelete()) ? "" : " ON DELETE " + fk.onDelete())
                + ("NO ACTION".equals(fk.onUpdate()) ? "" : " ON UPDATE " + fk.onUpdate());
    }

    private String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
                + " (" + String.join(", ", index.keys()) + ")" + (index.predicate() == null ? "" : " WHERE " + index.predicate());
    }

    private String columns(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    @Override
    public String quote(String identifier) {
        if (SIMPLE.matcher(identifier).matches() && !Keywords.RESERVED.contains(identifier.toUpperCase(Locale.ROOT))) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
