package dev.godwit.postgres;

import dev.godwit.core.schema.Definition;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Views, materialized views, functions and procedures and the rest of catalog/definitions/ as {@link Definition}s:
 * the statements that create each, built from what the server prints.
 */
final class DefinitionReader {

    /** One file per kind (catalog/definitions/), read in one query. */
    private static final CatalogQuery SQL = CatalogQuery.union("definitions/with.sql", java.util.stream.Stream.of(
                    "views", "routines", "extensions", "types", "collations", "partitions", "schemas", "policies", "row_security",
                    "table_options", "default_privileges", "grants")
            .map(kind -> "definitions/" + kind + ".sql").toList(), "ORDER BY 1, 2\n");
    private static final PostgresRenderer NAMES = new PostgresRenderer();

    private DefinitionReader() {
    }

    static List<Definition> read(Statement statement, ManagedSchemas scope, SchemaQualifier qualifier) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(SQL.over(scope))) {
            while (rs.next()) {
                Definition.Kind kind = switch (rs.getString("kind")) {
                    case "extension" -> Definition.Kind.EXTENSION;
                    case "schema" -> Definition.Kind.SCHEMA;
                    case "partition" -> Definition.Kind.PARTITION;
                    case "collation" -> Definition.Kind.COLLATION;
                    case "default privileges" -> Definition.Kind.DEFAULT_PRIVILEGES;
                    case "type" -> Definition.Kind.TYPE;
                    case "policy" -> Definition.Kind.POLICY;
                    case "row level security" -> Definition.Kind.ROW_SECURITY;
                    case "table options" -> Definition.Kind.TABLE_OPTIONS;
                    case "grant" -> Definition.Kind.GRANT;
                    case "view" -> Definition.Kind.VIEW;
                    case "materialized view" -> Definition.Kind.MATERIALIZED_VIEW;
                    case "procedure" -> Definition.Kind.PROCEDURE;
                    default -> Definition.Kind.FUNCTION;
                };
                String name = rs.getString("name");
                List<String> readyCreate = strings(rs.getArray("create_sql"));
                if (rs.getArray("create_sql") != null) {
                    // Policies, row security, grants, storage options: written by the query itself.
                    List<String> create = new ArrayList<>(readyCreate.stream().map(qualifier::strip).toList());
                    String comment = rs.getString("comment");
                    if (comment != null && kind == Definition.Kind.POLICY) {
                        create.add("COMMENT ON POLICY " + NAMES.quote(name.substring(0, name.indexOf(" on "))) + " ON "
                                + NAMES.name(name.substring(name.indexOf(" on ") + 4)) + " IS " + PostgresRenderer.literal(comment));
                    }
                    definitions.add(new Definition(kind, name, create, strings(rs.getArray("drop_sql")).stream().map(qualifier::strip).toList(), rs.getString("shape"),
                            new TreeSet<>(strings(rs.getArray("depends_on")))));
                    continue;
                }
                String body = qualifier.strip(rs.getString("body")).strip();
                List<String> create = new ArrayList<>();
                if (kind == Definition.Kind.EXTENSION) {
                    String schema = rs.getString("shape");
                    create.add("CREATE EXTENSION IF NOT EXISTS " + NAMES.quote(name) + (schema.isEmpty() ? "" : " WITH SCHEMA " + NAMES.quote(schema))
                            + " VERSION " + PostgresRenderer.literal(body));
                } else if (kind.isRoutine()) {
                    create.add(body);
                } else {
                    create.add(view(kind, name, body, strings(rs.getArray("options"))));
                    strings(rs.getArray("indexes")).forEach(index -> create.add(qualifier.strip(index)));
                }
                String comment = rs.getString("comment");
                if (comment != null) {
                    String target = kind.isRoutine() ? NAMES.name(name.substring(0, name.indexOf('('))) + name.substring(name.indexOf('(')) : NAMES.name(name);
                    create.add("COMMENT ON " + kind.name().replace('_', ' ') + " " + target + " IS " + PostgresRenderer.literal(comment));
                }
                definitions.add(new Definition(kind, name, create, List.of(drop(kind, name)), rs.getString("shape"),
                        new TreeSet<>(strings(rs.getArray("depends_on")))));
            }
        }
        return definitions;
    }

    private static String drop(Definition.Kind kind, String name) {
        return switch (kind) {
            case EXTENSION -> "DROP EXTENSION " + NAMES.quote(name);
            case VIEW -> "DROP VIEW " + NAMES.name(name);
            case MATERIALIZED_VIEW -> "DROP MATERIALIZED VIEW " + NAMES.name(name);
            case FUNCTION, PROCEDURE -> "DROP " + kind.name() + " " + NAMES.name(name.substring(0, name.indexOf('('))) + name.substring(name.indexOf('('));
            default -> throw new IllegalArgumentException(kind + " is written by its catalog/definitions/ query");
        };
    }

    /** An index with options the structured model does not hold, kept whole. */
    static Definition index(String table, String name, String definition, SchemaQualifier qualifier) {
        return new Definition(Definition.Kind.INDEX, name, List.of(qualifier.strip(definition)), List.of("DROP INDEX " + NAMES.name(PostgresRenderer.sibling(table, name))), null,
                new TreeSet<>(List.of(Definition.tableKey(table))));
    }

    /** A constraint with options the structured model does not hold (exclusion, DEFERRABLE, NO INHERIT, INCLUDE…), kept whole. */
    static Definition constraint(String table, String name, String definition, SchemaQualifier qualifier) {
        String alter = "ALTER TABLE " + NAMES.name(table);
        return new Definition(Definition.Kind.CONSTRAINT, name + " on " + table,
                List.of(alter + " ADD CONSTRAINT " + NAMES.quote(name) + " " + qualifier.strip(definition)),
                List.of(alter + " DROP CONSTRAINT " + NAMES.quote(name)), null, new TreeSet<>(List.of(Definition.tableKey(table))));
    }

    /** The version an extension's definition names ({@code … VERSION '1.6'}). */
    static String extensionVersion(Definition extension) {
        String create = extension.create().get(0);
        String quoted = create.substring(create.lastIndexOf(" VERSION ") + " VERSION ".length());
        return quoted.substring(1, quoted.length() - 1).replace("''", "'");
    }

    /** {@code CREATE VIEW v WITH (security_barrier=true) AS … WITH CASCADED CHECK OPTION}: reloptions hold both kinds of option. */
    private static String view(Definition.Kind kind, String name, String body, List<String> options) {
        String checkOption = null;
        List<String> with = new ArrayList<>();
        for (String option : options) {
            if (option.startsWith("check_option=")) {
                checkOption = option.substring("check_option=".length()).toUpperCase(Locale.ROOT);
            } else {
                with.add(option);
            }
        }
        String query = body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
        return "CREATE " + (kind == Definition.Kind.VIEW ? "VIEW " : "MATERIALIZED VIEW ") + NAMES.name(name)
                + (with.isEmpty() ? "" : " WITH (" + String.join(", ", with) + ")") + " AS\n" + query
                + (checkOption == null ? "" : "\n  WITH " + checkOption + " CHECK OPTION");
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
