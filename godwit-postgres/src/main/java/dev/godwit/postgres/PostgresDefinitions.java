package dev.godwit.postgres;

import dev.godwit.core.schema.Definition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The SQL of views and routines: created from the statements the server printed, dropped by name. */
final class PostgresDefinitions {

    private PostgresDefinitions() {
    }

    /**
     * A routine is created with {@code check_function_bodies} off for the rest of the migration's
     * transaction, as pg_dump does: a {@code LANGUAGE sql} body is then not checked against tables
     * the same migration creates later (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-CHECK-FUNCTION-BODIES).
     */
    static List<String> create(Definition definition) {
        List<String> sql = new ArrayList<>();
        if (definition.kind().isRoutine()) {
            sql.add("SET LOCAL check_function_bodies = off");
        }
        sql.addAll(definition.create());
        return sql;
    }

    /** A routine's new body; an extension's new version ({@code ALTER EXTENSION … UPDATE TO}); a schema's comment. */
    static List<String> replace(dev.godwit.core.diff.Change.ReplaceDefinition change, UnaryOperator<String> quote) {
        Definition to = change.to();
        if (to.kind() == Definition.Kind.SCHEMA) {
            // CREATE SCHEMA, then its comment if it has one.
            return List.of(to.create().size() > 1 ? to.create().get(1) : "COMMENT ON SCHEMA " + quote.apply(to.name()) + " IS NULL");
        }
        if (to.kind() == Definition.Kind.TYPE) {
            return alterDomain(change.from(), to);
        }
        if (to.kind() == Definition.Kind.PARTITION) {
            // New bounds: detached, then attached again — the rows stay, and the server checks they fit.
            String create = to.create().get(0);
            String of = " PARTITION OF ";
            String partition = create.substring("CREATE TABLE ".length(), create.indexOf(of));
            String rest = create.substring(create.indexOf(of) + of.length());
            String parent = change.from().create().get(0).substring(change.from().create().get(0).indexOf(of) + of.length());
            parent = parent.substring(0, parent.indexOf(' '));
            String bound = rest.substring(rest.indexOf(' ') + 1);
            List<String> sql = new ArrayList<>(List.of("ALTER TABLE " + parent + " DETACH PARTITION " + partition,
                    "ALTER TABLE " + parent + " ATTACH PARTITION " + partition + " " + bound));
            sql.addAll(to.create().subList(1, to.create().size()));
            return sql;
        }
        if (to.kind() == Definition.Kind.EXTENSION) {
            return List.of("ALTER EXTENSION " + quote.apply(to.name()) + " UPDATE TO " + PostgresRenderer.literal(DefinitionReader.extensionVersion(to)));
        }
        return create(to);
    }

    /**
     * A domain of the same base type: what it lost is undone (a default dropped, NOT NULL dropped, a
     * check dropped, a comment cleared), then what it gained is added — each an {@code ALTER DOMAIN},
     * which checks the values columns hold against a new constraint.
     */
    private static List<String> alterDomain(Definition from, Definition to) {
        List<String> before = from.create().subList(1, from.create().size());
        List<String> after = to.create().subList(1, to.create().size());
        List<String> sql = new ArrayList<>();
        boolean commented = after.stream().anyMatch(s -> s.startsWith("COMMENT ON "));
        for (String gone : before) {
            if (after.contains(gone)) {
                continue;
            }
            int set = gone.indexOf(" SET DEFAULT ");
            int check = gone.indexOf(" ADD CONSTRAINT ");
            if (set > 0) {
                sql.add(gone.substring(0, set) + " DROP DEFAULT");
            } else if (gone.endsWith(" SET NOT NULL")) {
                sql.add(gone.substring(0, gone.length() - " SET NOT NULL".length()) + " DROP NOT NULL");
            } else if (check > 0) {
                sql.add(gone.substring(0, check) + " DROP CONSTRAINT " + identifierAt(gone, check + " ADD CONSTRAINT ".length()));
            } else if (gone.startsWith("COMMENT ON ") && !commented) {
                sql.add(gone.substring(0, gone.lastIndexOf(" IS ")) + " IS NULL");
            }
        }
        after.stream().filter(s -> !before.contains(s)).forEach(sql::add);
        return sql;
    }

    /** The identifier that starts at {@code start}: up to a space, or a quoted one whole. */
    private static String identifierAt(String sql, int start) {
        if (sql.charAt(start) != '"') {
            int space = sql.indexOf(' ', start);
            return space < 0 ? sql.substring(start) : sql.substring(start, space);
        }
        int at = start + 1;
        while (at < sql.length()) {
            if (sql.charAt(at) == '"' && (at + 1 >= sql.length() || sql.charAt(at + 1) != '"')) {
                return sql.substring(start, at + 1);
            }
            at += sql.charAt(at) == '"' ? 2 : 1;
        }
        return sql.substring(start);
    }

    static List<String> drop(Definition definition) {
        return definition.drop();
    }
}
