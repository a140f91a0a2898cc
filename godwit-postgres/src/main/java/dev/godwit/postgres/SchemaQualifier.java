package dev.godwit.postgres;

import java.util.regex.Pattern;

/**
 * Removes the current schema's name where the server always writes it ({@code CREATE FUNCTION
 * public.stamp()} in pg_get_functiondef), so that a dev database's scratch schema and production's
 * {@code public} print one object alike. Objects of other schemas keep their qualifier.
 */
final class SchemaQualifier {

    private final Pattern qualifier;

    /** @param schema the current schema, or {@code ""} when there is none (nothing is removed) */
    SchemaQualifier(String schema) {
        if (schema.isEmpty()) {
            this.qualifier = null;
            return;
        }
        String quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
        this.qualifier = Pattern.compile("(?<![\\w\"$.])(?:" + Pattern.quote(quoted) + "|" + Pattern.quote(schema) + ")\\.");
    }

    String strip(String text) {
        return text == null || qualifier == null ? text : qualifier.matcher(text).replaceAll("");
    }
}
