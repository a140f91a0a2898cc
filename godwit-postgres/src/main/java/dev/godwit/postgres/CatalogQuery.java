package dev.godwit.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One catalog query of {@code catalog/*.sql}, with the few macros those files use so that each reads
 * as SQL and names objects one way:
 *
 * <ul>
 *   <li>{@code {{managed}}}: the managed schemas, as a {@code name[]} literal;</li>
 *   <li>{@code {{home}}}: the current schema's oid;</li>
 *   <li>{@code {{attcompression}}}, {@code {{indnullsnotdistinct}}}: a column's compression, an index's NULLS NOT
 *       DISTINCT, where the server has them (see {@link #over(ManagedSchemas)}) — cheaper than {@code to_jsonb} of the row;</li>
 *   <li>{@code QNAME(namespace_oid, name)}: the object's name as seen from the current schema, raw
 *       ({@code trips}, {@code reporting.trips}) — the form of the model's keys;</li>
 *   <li>{@code QIDENT(namespace_oid, name)}: the same, quoted for SQL ({@code "Trips"}, {@code reporting."Trips"}).</li>
 * </ul>
 */
final class CatalogQuery {

    private static final String HOME = "(SELECT h.oid FROM pg_catalog.pg_namespace h WHERE h.nspname = pg_catalog.current_schema())";
    private static final Pattern MACRO = Pattern.compile("\\b(QNAME|QIDENT)\\(([\\w.]+), ([\\w.]+)\\)");

    private final String name;
    private final String sql;

    private CatalogQuery(String name, String sql) {
        this.name = name;
        this.sql = sql;
    }

    static CatalogQuery load(String name) {
        return new CatalogQuery(name, expand(text(name)));
    }

    /**
     * One query of several files, for one round trip: {@code with} (the common table expressions),
     * then each of {@code parts} joined by {@code UNION ALL} — one file per kind of object, each
     * returning the same columns — then {@code tail} ({@code ORDER BY …}).
     */
    static CatalogQuery union(String with, List<String> parts, String tail) {
        StringBuilder sql = new StringBuilder(text(with));
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : "UNION ALL\n").append(text(parts.get(i)));
        }
        return new CatalogQuery(String.join(", ", parts), expand(sql.append(tail).toString()));
    }

    private static String text(String name) {
        try (InputStream in = CatalogQuery.class.getResourceAsStream("catalog/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource catalog/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expand(String text) {
        Matcher m = MACRO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String namespace = m.group(2);
            String object = m.group(3);
            String schema = "(SELECT nq.nspname FROM pg_catalog.pg_namespace nq WHERE nq.oid = " + namespace + ")";
            String expansion = m.group(1).equals("QNAME")
                    ? "(CASE WHEN " + namespace + " = " + HOME + " THEN '' ELSE " + schema + " || '.' END || " + object + ")"
                    : "(CASE WHEN " + namespace + " = " + HOME + " THEN '' ELSE quote_ident(" + schema + ") || '.' END || quote_ident(" + object + "))";
            m.appendReplacement(out, Matcher.quoteReplacement(expansion));
        }
        m.appendTail(out);
        return out.toString().replace("{{home}}", HOME);
    }

    /**
     * The query for this server: {@code {{attcompression}}} is the column's compression where the
     * server has one (PostgreSQL 14+), {@code {{indnullsnotdistinct}}} an index's NULLS NOT DISTINCT
     * (15+), and the managed schemas are its.
     */
    String over(ManagedSchemas scope) {
        return over(scope.managed()).replace("{{attcompression}}", scope.serverVersion() >= 140000 ? "a.attcompression::text" : "''")
                .replace("{{indnullsnotdistinct}}", scope.serverVersion() >= 150000 ? "x.indnullsnotdistinct" : "false");
    }

    /** The query over these schemas. */
    String over(List<String> managed) {
        StringBuilder array = new StringBuilder("ARRAY[");
        for (int i = 0; i < managed.size(); i++) {
            array.append(i == 0 ? "" : ", ").append(PostgresRenderer.literal(managed.get(i)));
        }
        array.append("]::name[]");
        return sql.replace("{{managed}}", array);
    }

    @Override
    public String toString() {
        return "catalog/" + name;
    }
}
