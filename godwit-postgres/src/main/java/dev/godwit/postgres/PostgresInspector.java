package dev.godwit.postgres;

import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.Check;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Constraints.PrimaryKey;
import dev.godwit.core.schema.Constraints.Unique;
import dev.godwit.core.schema.EnumType;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Sequence;
import dev.godwit.core.schema.Table;
import dev.godwit.core.schema.Unmodelled;
import dev.godwit.core.spi.Inspector;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the managed schemas with a fixed number of catalog queries (see {@code catalog/*.sql}),
 * whatever the number of tables: one per kind of object, never one per table. Objects are named as
 * from the current schema: its own unqualified, the other schemas' as {@code schema.name}.
 */
final class PostgresInspector implements Inspector {

    private static final CatalogQuery TABLES = CatalogQuery.load("tables.sql");
    private static final CatalogQuery COLUMNS = CatalogQuery.load("columns.sql");
    private static final CatalogQuery CONSTRAINTS = CatalogQuery.load("constraints.sql");
    private static final CatalogQuery INDEXES = CatalogQuery.load("indexes.sql");
    private static final CatalogQuery ENUMS = CatalogQuery.load("enums.sql");
    private static final CatalogQuery SEQUENCES = CatalogQuery.load("sequences.sql");
    private static final CatalogQuery TRIGGERS = CatalogQuery.load("triggers.sql");
    private static final CatalogQuery UNMODELLED = CatalogQuery.load("unmodelled.sql");

    /**
     * Reads the managed schemas (see {@link ManagedSchemas}) with the search path set to the current
     * schema alone for the while, so that the server prints every name as seen from it — objects of the
     * other schemas qualified, whatever search path the connection had.
     */
    @Override
    public Schema inspect(Connection connection) throws SQLException {
        ManagedSchemas scope = ManagedSchemas.of(connection);
        try (ManagedSchemas.InspectionSettings ignored = scope.forInspection(connection)) {
            return inspect(connection, scope);
        }
    }

    private Schema inspect(Connection connection, ManagedSchemas scope) throws SQLException {
        Map<String, TableParts> tables = new LinkedHashMap<>();
        List<EnumType> enums = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<dev.godwit.core.schema.Definition> definitions = new ArrayList<>();
        SchemaQualifier qualifier = scope.qualifier();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(TABLES.over(scope))) {
                while (rs.next()) {
                    TableParts table = new TableParts(rs.getString("table_name"), rs.getString("comment"));
                    table.lineage = new Table.Lineage(rs.getString("partition_key"), strings(rs.getArray("inherits")));
                    tables.put(table.name, table);
                }
            }
            try (ResultSet rs = statement.executeQuery(COLUMNS.over(scope))) {
                while (rs.next()) {
                    TableParts table = tables.get(rs.getString("table_name"));
                    if (table != null) {
                        table.columns.add(column(rs));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery(CONSTRAINTS.over(scope))) {
                while (rs.next()) {
                    TableParts table = tables.get(rs.getString("table_name"));
                    if (table != null && rs.getBoolean("special")) {
                        definitions.add(DefinitionReader.constraint(table.name, rs.getString("constraint_name"), rs.getString("definition"), qualifier));
                    } else if (table != null) {
                        constraint(rs, table);
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery(INDEXES.over(scope))) {
                while (rs.next()) {
                    TableParts table = tables.get(rs.getString("table_name"));
                    if (table != null && rs.getBoolean("special")) {
                        definitions.add(DefinitionReader.index(table.name, rs.getString("index_name"), rs.getString("definition"), qualifier));
                    } else if (table != null) {
                        String name = rs.getString("index_name");
                        table.indexes.put(name, new Index(name, strings(rs.getArray("keys")), rs.getBoolean("is_unique"),
                                rs.getString("predicate"), rs.getString("method")));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery(ENUMS.over(scope))) {
                while (rs.next()) {
                    enums.add(new EnumType(rs.getString("type_name"), strings(rs.getArray("labels"))));
                }
            }
            try (ResultSet rs = statement.executeQuery(SEQUENCES.over(scope))) {
                while (rs.next()) {
                    sequences.add(new Sequence(rs.getString("sequence_name"), rs.getLong("start_value"), rs.getLong("increment"), rs.getString("data_type"),
                            rs.getLong("minimum"), rs.getLong("maximum"), rs.getLong("cache"), rs.getBoolean("cycle")));
                }
            }
            try (ResultSet rs = statement.executeQuery(TRIGGERS.over(scope))) {
                while (rs.next()) {
                    TableParts table = tables.get(rs.getString("table_name"));
                    if (table != null) {
                        String name = rs.getString("trigger_name");
                        table.triggers.put(name, new dev.godwit.core.schema.Constraints.Trigger(name, qualifier.strip(rs.getString("definition"))));
                    }
                }
            }
            definitions.addAll(DefinitionReader.read(statement, scope, qualifier));
        }
        return Schema.of(tables.values().stream().map(TableParts::build).toList(), enums, sequences)
                .with(definitions, unmodelled(connection, scope));
    }

    /**
     * What the model does not hold (catalog/unmodelled.sql). Definitions name objects of other
     * schemas with their schema and those of the current one without it — except where the server
     * always qualifies (a function's own name in pg_get_functiondef): that qualifier is removed, so
     * a dev database's scratch schema and production's {@code public} print alike.
     */
    @Override
    public List<Unmodelled> unmodelled(Connection connection) throws SQLException {
        ManagedSchemas scope = ManagedSchemas.of(connection);
        try (ManagedSchemas.InspectionSettings ignored = scope.forInspection(connection)) {
            return unmodelled(connection, scope);
        }
    }

    private static List<Unmodelled> unmodelled(Connection connection, ManagedSchemas scope) throws SQLException {
        List<Unmodelled> found = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(UNMODELLED.over(scope))) {
            while (rs.next()) {
                String definition = rs.getString("definition");
                found.add(new Unmodelled(rs.getString("kind"), rs.getString("name"), definition == null ? "" : scope.qualifier().strip(definition)));
            }
        }
        return found;
    }

    private static Column column(ResultSet rs) throws SQLException {
        String type = rs.getString("data_type");
        String defaultExpression = rs.getString("default_expression");
        String identity = rs.getString("identity");
        Column.Identity kind = Column.Identity.NONE;
        if ("a".equals(identity)) {
            kind = Column.Identity.ALWAYS;
        } else if ("d".equals(identity)) {
            kind = Column.Identity.BY_DEFAULT;
        } else if (rs.getString("owned_sequence") != null && defaultExpression != null && defaultExpression.startsWith("nextval(")) {
            // A serial column: its sequence and nextval() default are what `serial` means, not parts to diff.
            kind = Column.Identity.AUTO_INCREMENT;
            defaultExpression = null;
        }
        return new Column(rs.getString("column_name"), type, rs.getBoolean("nullable"), defaultExpression, kind,
                rs.getString("generated_expression"), rs.getString("comment"));
    }

    private static void constraint(ResultSet rs, TableParts table) throws SQLException {
        String name = rs.getString("constraint_name");
        List<String> columns = strings(rs.getArray("columns"));
        switch (rs.getString("constraint_type")) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.put(name, new Unique(name, columns));
            case "c" -> table.checks.put(name, new Check(name, fixpoint(rs.getString("definition").replaceFirst("^CHECK ", ""))));
            case "f" -> table.foreignKeys.put(name, new ForeignKey(name, columns, rs.getString("referenced_table"),
                    strings(rs.getArray("referenced_columns")), action(rs.getString("on_delete")), action(rs.getString("on_update"))));
            default -> throw new IllegalStateException("constraints.sql returned type " + rs.getString("constraint_type"));
        }
    }

    private static final java.util.regex.Pattern VARCHAR_ARRAY =
            java.util.regex.Pattern.compile("ARRAY\\[((?:'(?:[^']|'')*'::character varying(?:, )?)+)]::text\\[]");
    private static final java.util.regex.Pattern VARCHAR_LITERAL = java.util.regex.Pattern.compile("('(?:[^']|'')*'::character varying)");

    /**
     * PostgreSQL does not print every expression in the form it prints after reading it back:
     * {@code kind IN ('a', 'b')} on a varchar prints as {@code ARRAY['a'::character varying, …]::text[]},
     * which read back prints as {@code ARRAY['a'::character varying::text, …]}. The second form is
     * stable, so both are written in it; otherwise every diff would rewrite such checks forever.
     */
    static String fixpoint(String expression) {
        return fixpointOf(expression);
    }

    private static final java.util.regex.Pattern FIXPOINT_IN_LIST = java.util.regex.Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\")::text (=|<>) (ANY|ALL) \\(ARRAY\\[((?:'(?:[^']|'')*'::character varying::text(?:, )?)+)]\\)");

    /**
     * The reverse of {@link #fixpoint}, for writing a check: the {@code IN} list the stored form
     * came from. Written any other way (even as the {@code ANY (ARRAY[…]::text[])} PostgreSQL prints)
     * the parser builds another expression tree — equal in meaning, but not what pg_dump of a table
     * created from the desired schema shows.
     */
    static String asDeclared(String expression) {
        java.util.regex.Matcher m = FIXPOINT_IN_LIST.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String elements = m.group(4).replace("::character varying::text", "");
            String in = m.group(2).equals("=") && m.group(3).equals("ANY") ? " IN (" : m.group(2).equals("<>") && m.group(3).equals("ALL") ? " NOT IN (" : null;
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(in == null ? m.group() : m.group(1) + in + elements + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String fixpointOf(String expression) {
        java.util.regex.Matcher m = VARCHAR_ARRAY.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String elements = VARCHAR_LITERAL.matcher(m.group(1)).replaceAll("$1::text");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("ARRAY[" + elements + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** pg_constraint.confdeltype / confupdtype codes. */
    private static String action(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }

    /** A table while its rows come in from the bulk queries. */
    private static final class TableParts {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final Map<String, Unique> uniques = new TreeMap<>();
        final Map<String, Check> checks = new TreeMap<>();
        final Map<String, ForeignKey> foreignKeys = new TreeMap<>();
        final Map<String, Index> indexes = new TreeMap<>();
        final Map<String, dev.godwit.core.schema.Constraints.Trigger> triggers = new TreeMap<>();
        Table.Lineage lineage = Table.Lineage.NONE;

        TableParts(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        Table build() {
            return new Table(name, columns, primaryKey, new TreeMap<>(uniques), new TreeMap<>(checks),
                    new TreeMap<>(foreignKeys), new TreeMap<>(indexes), comment, new TreeMap<>(triggers), lineage);
        }
    }
}
