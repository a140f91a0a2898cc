package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} in migrations, as Flyway writes them: values from configuration
 * ({@code placeholder.<name>=}), and the built-ins {@code ${godwit:database}}, {@code ${godwit:user}},
 * {@code ${godwit:timestamp}} and {@code ${godwit:filename}}. A file is checksummed as written,
 * never as substituted: a value that changes between environments changes nothing in history.
 * Values are not expanded again.
 *
 * @param values by name
 */
public record Placeholders(Map<String, String> values) {

    public static final Placeholders NONE = new Placeholders(Map.of());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\n]*)(})?");
    private static final Pattern NAME = Pattern.compile("(godwit:)?[A-Za-z0-9_.\\-]+");

    public Placeholders {
        values = Map.copyOf(new TreeMap<>(values));
        values.forEach((name, value) -> {
            if (value.contains("${")) {
                throw GodwitException.of(ProblemCode.PLACEHOLDER_VALUE, Message.of("files.placeholder-value", "name", name, "value", value), Message.of("files.placeholder-value.next"));
            }
        });
    }

    /** What the built-ins stand for in one run on one database; {@code database} and {@code user} are asked only when used. */
    public record Builtins(Function<String, String> connection, Instant timestamp) {
        public static Builtins of(Function<String, String> connection) {
            return new Builtins(connection, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /**
     * The statement with its placeholders replaced.
     *
     * @param line the line of the file the statement starts on
     * @throws GodwitException naming the file, the line and the placeholder, when one has no value or is malformed
     */
    public String apply(String sql, MigrationScript script, int line, Builtins builtins) {
        if (!sql.contains("${")) {
            return sql;
        }
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int at = line + (int) sql.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            String name = m.group(1);
            if (m.group(2) == null || !NAME.matcher(name).matches()) {
                throw GodwitException.of(ProblemCode.PLACEHOLDER_MALFORMED,
                        Message.of("files.placeholder.malformed", "file", script.fileName(), "line", at, "placeholder", m.group()),
                        Message.of("files.placeholder.malformed.next", "example", "${name}", "opening", "${"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value(name, script, at, builtins)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, MigrationScript script, int line, Builtins builtins) {
        switch (name) {
            case "godwit:filename" -> {
                return script.fileName();
            }
            case "godwit:timestamp" -> {
                return builtins.timestamp().toString();
            }
            case "godwit:database", "godwit:user" -> {
                return builtins.connection().apply(name.substring("godwit:".length()));
            }
            default -> {
                String value = values.get(name);
                if (value == null) {
                    throw GodwitException.of(ProblemCode.PLACEHOLDER_UNDEFINED,
                            Message.of("files.placeholder.undefined", "file", script.fileName(), "line", line, "placeholder", "${" + name + "}"),
                            Message.of("files.placeholder.undefined.next", "name", name,
                                    "variable", "GODWIT_PLACEHOLDER_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'),
                                    "builtins", "${godwit:database}, ${godwit:user}, ${godwit:timestamp}, ${godwit:filename}"),
                            Message.of("files.placeholder.undefined.detail"));
                }
                return value;
            }
        }
    }
}
