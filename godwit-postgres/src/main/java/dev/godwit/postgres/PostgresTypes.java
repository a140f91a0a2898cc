package dev.godwit.postgres;

import dev.godwit.core.spi.TypeRules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What PostgreSQL's column types allow: which changes can lose values, which need no rewrite. */
final class PostgresTypes implements TypeRules {

    private static final Pattern TYPE = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?(\\[])?");

    /** Changes PostgreSQL makes without rewriting the table: a longer varchar, varchar to text, more numeric precision. */
    static boolean isBinaryCompatibleWidening(String from, String to) {
        Matcher a = TYPE.matcher(from);
        Matcher b = TYPE.matcher(to);
        if (!a.matches() || !b.matches() || a.group(4) != null || b.group(4) != null) {
            return false;
        }
        String fromBase = a.group(1);
        String toBase = b.group(1);
        if (fromBase.equals("character varying") && (toBase.equals("text") || (toBase.equals("character varying")
                && (b.group(2) == null || (a.group(2) != null && Integer.parseInt(b.group(2)) >= Integer.parseInt(a.group(2))))))) {
            return true;
        }
        return fromBase.equals("numeric") && toBase.equals("numeric") && a.group(2) != null
                && (b.group(2) == null || (Integer.parseInt(b.group(2)) >= Integer.parseInt(a.group(2)) && Objects.equals(a.group(3), b.group(3))));
    }

    @Override
    public boolean narrows(String from, String to) {
        if (PostgresRenderer.withoutCollation(from).equals(PostgresRenderer.withoutCollation(to))) {
            return false;
        }
        from = PostgresRenderer.withoutCollation(from);
        to = PostgresRenderer.withoutCollation(to);
        Matcher a = TYPE.matcher(from);
        Matcher b = TYPE.matcher(to);
        if (!a.matches() || !b.matches()) {
            return true;
        }
        String fromBase = a.group(1);
        String toBase = b.group(1);
        List<String> integers = List.of("smallint", "integer", "bigint");
        if (integers.contains(fromBase) && integers.contains(toBase)) {
            return integers.indexOf(toBase) < integers.indexOf(fromBase);
        }
        if (integers.contains(fromBase) && (toBase.equals("numeric") || toBase.startsWith("double") || toBase.equals("text"))) {
            return toBase.equals("numeric") && b.group(2) != null && Integer.parseInt(b.group(2)) - parseOr(b.group(3), 0) < 19;
        }
        Set<String> texts = Set.of("text", "character varying", "character");
        if (texts.contains(fromBase) && texts.contains(toBase)) {
            if (toBase.equals("text") || (toBase.equals("character varying") && b.group(2) == null)) {
                return false;
            }
            return a.group(2) == null || Integer.parseInt(b.group(2)) < Integer.parseInt(a.group(2));
        }
        if (fromBase.equals("numeric") && toBase.equals("numeric")) {
            if (b.group(2) == null) {
                return false;
            }
            return a.group(2) == null || Integer.parseInt(b.group(2)) < Integer.parseInt(a.group(2))
                    || parseOr(b.group(3), 0) < parseOr(a.group(3), 0);
        }
        if (fromBase.equals("real") && toBase.equals("double precision")) {
            return false;
        }
        if (fromBase.startsWith("timestamp") && toBase.startsWith("timestamp")) {
            return false;
        }
        if (toBase.equals("text") || toBase.equals("character varying") && b.group(2) == null) {
            return false;
        }
        return true;
    }

    private static int parseOr(String text, int fallback) {
        return text == null ? fallback : Integer.parseInt(text);
    }
}
