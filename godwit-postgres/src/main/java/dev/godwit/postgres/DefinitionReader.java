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
 * Views, materialized views, functions and procedures (catalog/definitions.sql) as {@link Definition}s:
 * the statements that create each, built from what the server prints.
 */
final class DefinitionReader {

    private static final String SQL = PostgresInspector.load("definitions.sql");
    private static final PostgresRenderer NAMES = new PostgresRenderer();

    private DefinitionReader() {
    }

    static List<Definition> read(Statement statement, SchemaQualifier qualifier) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(SQL)) {
            while (rs.next()) {
                Definition.Kind kind = switch (rs.getString("kind")) {
                    case "view" -> Definition.Kind.VIEW;
                    case "materialized view" -> Definition.Kind.MATERIALIZED_VIEW;
                    case "procedure" -> Definition.Kind.PROCEDURE;
                    default -> Definition.Kind.FUNCTION;
                };
                String name = rs.getString("name");
                String body = qualifier.strip(rs.getString("body")).strip();
                List<String> create = new ArrayList<>();
                if (kind.isRoutine()) {
                    create.add(body);
                } else {
                    create.add(view(kind, name, body, strings(rs.getArray("options"))));
                    strings(rs.getArray("indexes")).forEach(index -> create.add(qualifier.strip(index)));
                }
                String comment = rs.getString("comment");
                if (comment != null) {
                    String target = kind.isRoutine() ? NAMES.quote(name.substring(0, name.indexOf('('))) + name.substring(name.indexOf('(')) : NAMES.quote(name);
                    create.add("COMMENT ON " + kind.name().replace('_', ' ') + " " + target + " IS " + PostgresRenderer.literal(comment));
                }
                definitions.add(new Definition(kind, name, create, rs.getString("shape"), new TreeSet<>(strings(rs.getArray("depends_on")))));
            }
        }
        return definitions;
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
        return "CREATE " + (kind == Definition.Kind.VIEW ? "VIEW " : "MATERIALIZED VIEW ") + NAMES.quote(name)
                + (with.isEmpty() ? "" : " WITH (" + String.join(", ", with) + ")") + " AS\n" + query
                + (checkOption == null ? "" : "\n  WITH " + checkOption + " CHECK OPTION");
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
