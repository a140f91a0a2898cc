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

    static List<String> drop(Definition definition, UnaryOperator<String> quote) {
        String what = switch (definition.kind()) {
            case VIEW -> "VIEW ";
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW ";
            case FUNCTION -> "FUNCTION ";
            case PROCEDURE -> "PROCEDURE ";
        };
        String name = definition.kind().isRoutine()
                ? quote.apply(definition.bareName()) + definition.name().substring(definition.bareName().length())
                : quote.apply(definition.name());
        return List.of("DROP " + what + name);
    }
}
