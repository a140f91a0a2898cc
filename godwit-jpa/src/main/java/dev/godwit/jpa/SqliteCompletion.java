package dev.godwit.jpa;

import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Unique;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.Dialect;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.UniqueKey;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hibernate's SQLite dialect leaves foreign keys and composite unique constraints out of its
 * DDL; they are added from the metadata, named as godwit's SQLite inspector names them, so an
 * SQLite model is complete.
 */
final class SqliteCompletion {

    private SqliteCompletion() {
    }

    static boolean needed(Dialect dialect) {
        return dialect.name().equals("sqlite");
    }

    static Schema complete(Schema inspected, Metadata metadata) {
        SortedMap<String, Table> tables = new TreeMap<>(inspected.tables());
        for (org.hibernate.mapping.Table mapped : metadata.collectTableMappings()) {
            Table table = tables.get(name(mapped.getName()));
            if (table == null) {
                continue;
            }
            SortedMap<String, ForeignKey> fks = new TreeMap<>(table.foreignKeys());
            for (org.hibernate.mapping.ForeignKey fk : mapped.getForeignKeys().values()) {
                List<String> columns = fk.getColumns().stream().map(SqliteCompletion::column).toList();
                if (fks.values().stream().anyMatch(existing -> existing.columns().equals(columns))) {
                    continue;
                }
                List<Column> referenced = fk.getReferencedColumns().isEmpty() ? fk.getReferencedTable().getPrimaryKey().getColumns() : fk.getReferencedColumns();
                String key = table.name() + "_" + String.join("_", columns) + "_fkey";
                fks.put(key, new ForeignKey(key, columns, name(fk.getReferencedTable().getName()), referenced.stream().map(SqliteCompletion::column).toList(),
                        action(fk.getOnDeleteAction()), "NO ACTION"));
            }
            SortedMap<String, Unique> uniques = new TreeMap<>(table.uniques());
            for (UniqueKey unique : mapped.getUniqueKeys().values()) {
                List<String> columns = unique.getColumns().stream().map(SqliteCompletion::column).toList();
                if (columns.size() > 1 && uniques.values().stream().noneMatch(u -> u.columns().equals(columns))) {
                    String key = table.name() + "_" + String.join("_", columns) + "_key";
                    uniques.put(key, new Unique(key, columns));
                }
            }
            tables.put(table.name(), new Table(table.name(), table.columns(), table.primaryKey(), uniques, table.checks(), fks,
                    table.indexes(), table.comment(), table.triggers()));
        }
        return inspected.withTables(tables);
    }

    private static String action(OnDeleteAction action) {
        if (action == null) {
            return "NO ACTION";
        }
        return switch (action) {
            case CASCADE -> "CASCADE";
            case SET_NULL -> "SET NULL";
            case SET_DEFAULT -> "SET DEFAULT";
            case RESTRICT -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    private static String column(Column column) {
        return name(column.getName());
    }

    private static String name(String identifier) {
        String unquoted = identifier.startsWith("`") || identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1) : identifier;
        return unquoted.toLowerCase(Locale.ROOT);
    }
}
