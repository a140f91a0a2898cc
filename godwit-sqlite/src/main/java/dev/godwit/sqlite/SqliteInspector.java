package dev.godwit.sqlite;

import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.Check;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Constraints.PrimaryKey;
import dev.godwit.core.schema.Constraints.Trigger;
import dev.godwit.core.schema.Constraints.Unique;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import dev.godwit.core.schema.Unmodelled;
import dev.godwit.core.spi.Inspector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an SQLite database with PRAGMA table-valued functions joined to {@code sqlite_schema}:
 * four queries for the whole database. SQLite keeps no names for unique and foreign key
 * constraints, so they are named from their columns ({@code trip_title_key},
 * {@code invoice_trip_id_fkey}), and unnamed checks from their expression's hash.
 */
final class SqliteInspector implements Inspector {

    private static final String TABLE_FILTER = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.name <> 'godwit_history'";

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        Map<String, Parts> tables = new LinkedHashMap<>();
        List<Unmodelled> unmodelled = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT m.name, m.sql FROM sqlite_master m WHERE " + TABLE_FILTER + " ORDER BY m.name")) {
                while (rs.next()) {
                    tables.put(rs.getString(1), new Parts(rs.getString(1), rs.getString(2)));
                }
            }
            columns(statement, tables);
            foreignKeys(statement, tables);
            indexes(statement, tables);
            try (ResultSet rs = statement.executeQuery("SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")) {
                while (rs.next()) {
                    Parts table = tables.get(rs.getString(1));
                    if (table != null) {
                        table.triggers.put(rs.getString(2), new Trigger(rs.getString(2), rs.getString(3)));
                    } else {
                        // A trigger on a view (INSTEAD OF): views are not modelled, so neither is it.
                        unmodelled.add(new Unmodelled("trigger", rs.getString(2) + " on " + rs.getString(1), rs.getString(3)));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name")) {
                while (rs.next()) {
                    unmodelled.add(new Unmodelled("view", rs.getString(1), rs.getString(2)));
                }
            }
        }
        List<Table> built = new ArrayList<>();
        for (Parts parts : tables.values()) {
            built.add(parts.build(tables));
        }
        return Schema.of(built, List.of(), List.of()).withUnmodelled(unmodelled);
    }

    private static void columns(Statement statement, Map<String, Parts> tables) throws SQLException {
        String sql = "SELECT m.name AS table_name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk"
                + " FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p WHERE " + TABLE_FILTER + " ORDER BY m.name, p.cid";
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                Parts table = tables.get(rs.getString("table_name"));
                String name = rs.getString("name");
                String type = normalizeType(rs.getString("type"));
                int pk = rs.getInt("pk");
                boolean rowid = pk == 1 && type.equals("INTEGER");
                // An INTEGER PRIMARY KEY is the rowid: never NULL, whatever PRAGMA says.
                boolean nullable = rs.getInt("notnull") == 0 && !rowid;
                Column.Identity identity = rowid && table.autoincrement() ? Column.Identity.AUTO_INCREMENT : Column.Identity.NONE;
                table.columns.add(new Column(name, type, nullable, rs.getString("dflt_value"), identity, null, null));
                if (pk > 0) {
                    table.primaryKey.put(pk, name);
                }
            }
        }
    }

    private static void foreignKeys(Statement statement, Map<String, Parts> tables) throws SQLException {
        String sql = "SELECT m.name AS table_name, f.id, f.\"table\" AS parent, f.\"from\" AS child_column, f.\"to\" AS parent_column,"
                + " f.on_update, f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE " + TABLE_FILTER
                + " ORDER BY m.name, f.id, f.seq";
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                Parts table = tables.get(rs.getString("table_name"));
                table.foreignKeys.computeIfAbsent(rs.getInt("id"), id -> new ForeignKeyParts()).add(rs);
            }
        }
    }

    private static void indexes(Statement statement, Map<String, Parts> tables) throws SQLException {
        String sql = "SELECT m.name AS table_name, il.name AS index_name, il.\"unique\" AS is_unique, il.origin, s.sql,"
                + " ii.name AS column_name FROM sqlite_master m JOIN pragma_index_list(m.name) il"
                + " JOIN pragma_index_info(il.name) ii LEFT JOIN sqlite_master s ON s.type = 'index' AND s.name = il.name"
                + " WHERE " + TABLE_FILTER + " ORDER BY m.name, il.name, ii.seqno";
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                Parts table = tables.get(rs.getString("table_name"));
                String origin = rs.getString("origin");
                String name = rs.getString("index_name");
                if (origin.equals("pk")) {
                    continue;
                }
                if (origin.equals("u")) {
                    table.uniqueColumns.computeIfAbsent(name, n -> new ArrayList<>()).add(rs.getString("column_name"));
                } else if (!table.indexes.containsKey(name)) {
                    CreateTableParser.IndexClause clause = CreateTableParser.index(rs.getString("sql"));
                    table.indexes.put(name, new Index(name, clause.keys(), rs.getInt("is_unique") == 1, clause.predicate(), null));
                }
            }
        }
    }

    /** Declared types compare case- and spacing-insensitively: {@code varchar(10)} is {@code VARCHAR(10)}. */
    static String normalizeType(String type) {
        return type == null ? "" : type.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*([(),])\\s*", "$1");
    }

    private static final class ForeignKeyParts {
        final List<String> columns = new ArrayList<>();
        final List<String> referenced = new ArrayList<>();
        String parent;
        String onUpdate;
        String onDelete;

        void add(ResultSet rs) throws SQLException {
            parent = rs.getString("parent");
            onUpdate = rs.getString("on_update");
            onDelete = rs.getString("on_delete");
            columns.add(rs.getString("child_column"));
            referenced.add(rs.getString("parent_column"));
        }
    }

    private static final class Parts {
        final String name;
        final String sql;
        final List<Column> columns = new ArrayList<>();
        final Map<Integer, String> primaryKey = new TreeMap<>();
        final Map<Integer, ForeignKeyParts> foreignKeys = new TreeMap<>();
        final Map<String, List<String>> uniqueColumns = new LinkedHashMap<>();
        final TreeMap<String, Index> indexes = new TreeMap<>();
        final TreeMap<String, Trigger> triggers = new TreeMap<>();

        Parts(String name, String sql) {
            this.name = name;
            this.sql = sql;
        }

        boolean autoincrement() {
            return sql != null && sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
        }

        Table build(Map<String, Parts> all) {
            TreeMap<String, Unique> uniques = new TreeMap<>();
            for (List<String> cols : uniqueColumns.values()) {
                String key = name + "_" + String.join("_", cols) + "_key";
                uniques.put(key, new Unique(key, cols));
            }
            TreeMap<String, ForeignKey> fks = new TreeMap<>();
            for (ForeignKeyParts fk : foreignKeys.values()) {
                List<String> referenced = fk.referenced;
                if (referenced.stream().anyMatch(r -> r == null)) {
                    // REFERENCES parent without columns means the parent's primary key.
                    Parts parent = all.get(fk.parent);
                    referenced = parent == null ? referenced : new ArrayList<>(parent.primaryKey.values());
                }
                String key = name + "_" + String.join("_", fk.columns) + "_fkey";
                fks.put(key, new ForeignKey(key, fk.columns, fk.parent, referenced, fk.onDelete, fk.onUpdate));
            }
            TreeMap<String, Check> checks = new TreeMap<>();
            for (CreateTableParser.CheckClause check : CreateTableParser.checks(sql)) {
                String key = check.name() != null ? check.name() : name + "_check_" + shortHash(check.expression());
                checks.put(key, new Check(key, check.expression()));
            }
            PrimaryKey pk = primaryKey.isEmpty() ? null : new PrimaryKey(null, new ArrayList<>(primaryKey.values()));
            return new Table(name, columns, pk, uniques, checks, fks, indexes, null, triggers);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
