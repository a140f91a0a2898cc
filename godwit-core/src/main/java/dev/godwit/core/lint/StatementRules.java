package dev.godwit.core.lint;

import dev.godwit.core.message.Message;
import dev.godwit.core.lint.Finding.Severity;
import dev.godwit.core.migration.Directives;
import dev.godwit.core.spi.Capabilities;
import dev.godwit.core.sql.SqlStatement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that read a statement's words rather than its parsed action: several statements of a
 * transaction seen together (a constraint validated where it was added, an enum value used where it
 * was added), and the hygiene family (types and names a schema is better without).
 */
final class StatementRules {

    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    // Compiled once: the rules run on every statement of every pending file before each migrate.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ADDS_TO_TABLE = Pattern.compile("ALTER TABLE \\S+ ADD .*");
    private static final Pattern ADD_NOT_VALID = Pattern.compile("ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) .*\\bNOT VALID\\b");
    private static final Pattern VALIDATE = Pattern.compile("ALTER TABLE (\\S+) VALIDATE CONSTRAINT (\\S+)");
    private static final Pattern DOMAIN_CONSTRAINT = Pattern.compile("ALTER DOMAIN \\S+ ADD\\b(?!.*\\bNOT VALID\\b)");
    private static final Pattern RENAME_VALUE = Pattern.compile("ALTER TYPE \\S+ RENAME VALUE|ALTER SCHEMA \\S+ RENAME TO");
    private static final Pattern ADD_VALUE = Pattern.compile("ALTER TYPE \\S+ ADD VALUE (?:IF NOT EXISTS )?'((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD_COLUMN_REWRITE = Pattern.compile("ALTER TABLE (\\S+) ADD (?:COLUMN )?(?:IF NOT EXISTS )?\\S+ .*\\b(SMALLSERIAL|BIGSERIAL|SERIAL|GENERATED (?:ALWAYS|BY DEFAULT) AS IDENTITY|GENERATED ALWAYS AS \\(.*\\) STORED)\\b");
    private static final Pattern DETACH = Pattern.compile("ALTER TABLE \\S+ DETACH PARTITION \\S+(?! CONCURRENTLY)(?!.*\\bCONCURRENTLY\\b)");
    private static final Pattern NOT_RETRYABLE = Pattern.compile("^(?:CREATE (?:UNIQUE )?INDEX CONCURRENTLY (?!IF NOT EXISTS)(\\S+)|DROP INDEX CONCURRENTLY (?!IF EXISTS))");
    private static final Pattern DROPPED_IF_EXISTS = Pattern.compile("^DROP INDEX CONCURRENTLY IF EXISTS (\\S+)");
    private static final Pattern INTEGER_PK = Pattern.compile("\\b(\\S+) (INT|INTEGER|INT4|SMALLINT|INT2|SERIAL|SMALLSERIAL)\\b(?: NOT NULL)? PRIMARY KEY\\b");
    private static final Pattern SERIAL = Pattern.compile("\\b(SMALLSERIAL|BIGSERIAL|SERIAL)\\b");
    private static final Pattern VARCHAR = Pattern.compile("\\b(VARCHAR|CHARACTER VARYING) ?\\(\\d+\\)");
    private static final Pattern TIMESTAMP = Pattern.compile("\\bTIMESTAMP\\b(?! ?WITH TIME ZONE)(?! ?\\(\\d\\) WITH TIME ZONE)");
    private static final Pattern CHAR_N = Pattern.compile("\\b(CHAR|CHARACTER) ?\\(\\d+\\)");
    private static final Pattern JSON = Pattern.compile("\\bJSON\\b");
    private static final Pattern IDENTIFIER = Pattern.compile("\"([^\"]{64,})\"|\\b([A-Za-z_][A-Za-z0-9_$]{63,})\\b");
    private static final Pattern INDEX = Pattern.compile("CREATE (?:UNIQUE )?INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?(\\S+) ON (?:ONLY )?(\\S+) (?:USING \\S+ )?(\\(.*?\\))");

    private final String file;
    private final Directives directives;
    private final boolean online;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> addedNotValid = new HashSet<>();
    private final Map<String, Integer> newValues = new HashMap<>();
    private final Map<String, String> indexes = new HashMap<>();
    /** Indexes a no-transaction migration drops IF EXISTS before building them: a retry drops the half-built one first. */
    private final Set<String> droppedFirst = new HashSet<>();

    /** Fed one statement at a time, as the file is streamed: it keeps only the names it needs, never the statements. */
    StatementRules(String file, Directives directives, Capabilities capabilities) {
        this.file = file;
        this.directives = directives;
        this.online = capabilities.notValidConstraints();
    }

    List<Finding> findings() {
        return findings;
    }

    void accept(SqlStatement statement) {
        String code = words(statement.sql());
        int line = statement.line();
        Matcher m;
        if ((m = ADD_NOT_VALID.matcher(code)).find()) {
            addedNotValid.add(m.group(1) + "." + m.group(2));
        }
        if (!directives.noTransaction() && (m = VALIDATE.matcher(code)).find() && addedNotValid.contains(m.group(1) + "." + m.group(2))) {
            findings.add(new Finding(Rule.VALIDATE_IN_SAME_TRANSACTION, Severity.WARNING, file, line, Message.of("lint.validate-in-same-transaction", "group", m.group(2)), Message.of("lint.validate-in-same-transaction.fix")));
        }
        if (online && DOMAIN_CONSTRAINT.matcher(code).find()) {
            findings.add(new Finding(Rule.DOMAIN_ADD_CONSTRAINT, Severity.WARNING, file, line, Message.of("lint.domain-add-constraint"), Message.of("lint.domain-add-constraint.fix")));
        }
        if (RENAME_VALUE.matcher(code).find()) {
            findings.add(new Finding(Rule.RENAME_ENUM_VALUE_OR_SCHEMA, Severity.WARNING, file, line,
                    Message.of(code.contains("ALTER SCHEMA") ? "lint.rename-schema" : "lint.rename-enum-value"),
                    Message.of("lint.rename-enum-value-or-schema.fix")));
        }
        if ((m = ADD_VALUE.matcher(statement.sql())).find()) {
            newValues.put(m.group(1), line);
        } else if (!directives.noTransaction()) {
            for (Map.Entry<String, Integer> value : newValues.entrySet()) {
                if (statement.sql().contains("'" + value.getKey() + "'")) {
                    findings.add(new Finding(Rule.NEW_ENUM_VALUE_USED, Severity.ERROR, file, line, Message.of("lint.new-enum-value-used", "key", value.getKey(), "value", value.getValue()), Message.of("lint.new-enum-value-used.fix")));
                }
            }
        }
        if ((m = ADD_COLUMN_REWRITE.matcher(code)).find()) {
            findings.add(new Finding(Rule.ADD_COLUMN_REWRITES, Severity.WARNING, file, line, Message.of("lint.add-column-rewrites", "kind", m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), "table", m.group(1)), Message.of("lint.add-column-rewrites.fix")));
        }
        if (online && DETACH.matcher(code).find()) {
            findings.add(new Finding(Rule.DETACH_NOT_CONCURRENT, Severity.WARNING, file, line, Message.of("lint.detach-not-concurrent"), Message.of("lint.detach-not-concurrent.fix")));
        }
        if ((m = DROPPED_IF_EXISTS.matcher(code)).find()) {
            droppedFirst.add(m.group(1));
        }
        if (directives.noTransaction() && (m = NOT_RETRYABLE.matcher(code)).find() && (m.group(1) == null || !droppedFirst.contains(m.group(1)))) {
            findings.add(new Finding(Rule.NOT_RETRYABLE, Severity.WARNING, file, line, Message.of("lint.not-retryable"), Message.of("lint.not-retryable.fix")));
        }
        hygiene(file, code, line, findings, indexes);
    }

    private static void hygiene(String file, String code, int line, List<Finding> findings, Map<String, String> indexes) {
        boolean defines = code.startsWith("CREATE TABLE") || ADDS_TO_TABLE.matcher(code).matches();
        Matcher m;
        if (defines) {
            if ((m = INTEGER_PK.matcher(code)).find()) {
                findings.add(new Finding(Rule.INTEGER_PRIMARY_KEY, Severity.WARNING, file, line, Message.of("lint.integer-primary-key", "column", m.group(1), "type", m.group(2).toLowerCase(Locale.ROOT)), Message.of("lint.integer-primary-key.fix")));
            }
            if ((m = SERIAL.matcher(code)).find()) {
                findings.add(new Finding(Rule.SERIAL_NOT_IDENTITY, Severity.WARNING, file, line, Message.of("lint.serial-not-identity", "group", m.group(1).toLowerCase(Locale.ROOT)), Message.of("lint.serial-not-identity.fix")));
            }
            if (VARCHAR.matcher(code).find()) {
                findings.add(new Finding(Rule.VARCHAR_NOT_TEXT, Severity.WARNING, file, line, Message.of("lint.varchar-not-text"), Message.of("lint.varchar-not-text.fix")));
            }
            if (TIMESTAMP.matcher(code).find()) {
                findings.add(new Finding(Rule.TIMESTAMP_WITHOUT_TIME_ZONE, Severity.WARNING, file, line, Message.of("lint.timestamp-without-time-zone"), Message.of("lint.timestamp-without-time-zone.fix")));
            }
            if (CHAR_N.matcher(code).find()) {
                findings.add(new Finding(Rule.CHAR_N, Severity.WARNING, file, line, Message.of("lint.char-n"), Message.of("lint.char-n.fix")));
            }
            if (JSON.matcher(code).find()) {
                findings.add(new Finding(Rule.JSON_NOT_JSONB, Severity.WARNING, file, line, Message.of("lint.json-not-jsonb"), Message.of("lint.json-not-jsonb.fix")));
            }
        }
        if ((m = IDENTIFIER.matcher(code)).find()) {
            findings.add(new Finding(Rule.IDENTIFIER_TOO_LONG, Severity.WARNING, file, line, Message.of("lint.identifier-too-long"), Message.of("lint.identifier-too-long.fix")));
        }
        if ((m = INDEX.matcher(code)).find()) {
            String key = m.group(2) + " " + SPACES.matcher(m.group(3)).replaceAll("");
            String earlier = indexes.putIfAbsent(key, m.group(1));
            if (earlier != null) {
                findings.add(new Finding(Rule.DUPLICATE_INDEX, Severity.WARNING, file, line, Message.of("lint.duplicate-index", "group", m.group(1), "earlier", earlier), Message.of("lint.duplicate-index.fix")));
            }
        }
    }

    /** The statement's words, upper case, strings emptied and comments dropped, single-spaced. */
    private static String words(String sql) {
        String withoutStrings = STRING.matcher(sql).replaceAll("''");
        return SPACES.matcher(String.join(" ", Tokens.of(withoutStrings))).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }
}
