package dev.godwit.core.lint;

import dev.godwit.core.lint.ParsedStatement.Flags;
import dev.godwit.core.lint.ParsedStatement.Kind;
import dev.godwit.core.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the DDL and DML forms the lint rules care about into {@link ParsedStatement}s: a token
 * reader that knows quoted identifiers, strings and parentheses, not a regular expression over
 * SQL text (a column named "drop" or a string 'DELETE FROM x' must not fire a rule).
 */
public final class StatementParser {

    private static final java.util.regex.Pattern FULL = java.util.regex.Pattern.compile("\\(?FULL\\b.*");

    private StatementParser() {
    }

    public static List<ParsedStatement> parse(SqlStatement statement) {
        List<String> tokens = Tokens.of(statement.sql());
        int line = statement.line();
        if (tokens.isEmpty()) {
            return List.of();
        }
        Cursor c = new Cursor(tokens);
        if (c.accept("CREATE")) {
            boolean unique = c.accept("UNIQUE");
            if (c.accept("INDEX")) {
                boolean concurrently = c.accept("CONCURRENTLY");
                c.accept("IF", "NOT", "EXISTS");
                String name = c.peekIs("ON") ? null : c.next();
                c.expect("ON");
                c.accept("ONLY");
                String table = c.next();
                return List.of(new ParsedStatement(Kind.CREATE_INDEX, table, name, new Flags(concurrently, false, false, unique), null, line));
            }
            c.accept("TEMP");
            c.accept("TEMPORARY");
            c.accept("UNLOGGED");
            if (c.accept("TABLE")) {
                c.accept("IF", "NOT", "EXISTS");
                return List.of(new ParsedStatement(Kind.CREATE_TABLE, c.next(), null, Flags.NONE, null, line));
            }
            return other(line);
        }
        if (c.accept("BEGIN") || c.accept("COMMIT") || c.accept("ROLLBACK") || c.accept("START", "TRANSACTION") || c.accept("END")
                || c.accept("ABORT")) {
            return List.of(new ParsedStatement(Kind.TRANSACTION_CONTROL, null, tokens.get(0).toUpperCase(Locale.ROOT), Flags.NONE, null, line));
        }
        if (c.accept("VACUUM")) {
            boolean full = c.accept("FULL") || c.containsSequence("(", "FULL") || c.tokens().stream().anyMatch(t -> FULL.matcher(t.toUpperCase(Locale.ROOT)).matches());
            return full ? List.of(new ParsedStatement(Kind.VACUUM_FULL, null, null, Flags.NONE, null, line)) : other(line);
        }
        if (c.accept("CLUSTER")) {
            return List.of(new ParsedStatement(Kind.CLUSTER, c.peekIs(";") ? null : c.next(), null, Flags.NONE, null, line));
        }
        if (c.accept("TRUNCATE")) {
            c.accept("TABLE");
            c.accept("ONLY");
            String table = c.next();
            return List.of(new ParsedStatement(Kind.TRUNCATE, table, null, new Flags(false, false, false, c.containsTopLevel("CASCADE")), null, line));
        }
        if (c.accept("REINDEX")) {
            boolean concurrently = c.containsTopLevel("CONCURRENTLY");
            return List.of(new ParsedStatement(Kind.REINDEX, null, null, new Flags(concurrently, false, false, false), null, line));
        }
        if (c.accept("DROP")) {
            if (c.accept("INDEX")) {
                boolean concurrently = c.accept("CONCURRENTLY");
                c.accept("IF", "EXISTS");
                return List.of(new ParsedStatement(Kind.DROP_INDEX, null, c.next(), new Flags(concurrently, false, false, false), null, line));
            }
            if (c.accept("SCHEMA")) {
                c.accept("IF", "EXISTS");
                String schema = c.next();
                return List.of(new ParsedStatement(Kind.DROP_SCHEMA, null, schema, new Flags(false, false, false, c.containsTopLevel("CASCADE")), null, line));
            }
            if (c.accept("DATABASE")) {
                c.accept("IF", "EXISTS");
                return List.of(new ParsedStatement(Kind.DROP_DATABASE, null, c.next(), Flags.NONE, null, line));
            }
            if (c.accept("TABLE")) {
                c.accept("IF", "EXISTS");
                return List.of(new ParsedStatement(Kind.DROP_TABLE, c.next(), null, Flags.NONE, null, line));
            }
            if (c.accept("TYPE")) {
                c.accept("IF", "EXISTS");
                return List.of(new ParsedStatement(Kind.DROP_TYPE, null, c.next(), Flags.NONE, null, line));
            }
            return other(line);
        }
        if (c.accept("ALTER", "TABLE")) {
            c.accept("IF", "EXISTS");
            c.accept("ONLY");
            String table = c.next();
            List<ParsedStatement> actions = new ArrayList<>();
            for (List<String> action : c.restSplitByComma()) {
                actions.add(alterAction(table, new Cursor(action), line));
            }
            return actions;
        }
        if (c.accept("UPDATE")) {
            c.accept("ONLY");
            String table = c.next();
            return List.of(new ParsedStatement(Kind.UPDATE, table, null, new Flags(false, false, c.containsTopLevel("WHERE"), false), null, line));
        }
        if (c.accept("DELETE", "FROM")) {
            c.accept("ONLY");
            String table = c.next();
            return List.of(new ParsedStatement(Kind.DELETE, table, null, new Flags(false, false, c.containsTopLevel("WHERE"), false), null, line));
        }
        if ((c.accept("SET") || c.accept("SET", "LOCAL") || c.accept("SET", "SESSION")) && c.peekIs("LOCK_TIMEOUT")) {
            return List.of(new ParsedStatement(Kind.SET_LOCK_TIMEOUT, null, null, Flags.NONE, null, line));
        }
        return other(line);
    }

    private static ParsedStatement alterAction(String table, Cursor c, int line) {
        if (c.accept("DROP", "CONSTRAINT")) {
            return new ParsedStatement(Kind.OTHER, table, null, Flags.NONE, null, line);
        }
        if (c.accept("DROP")) {
            c.accept("COLUMN");
            c.accept("IF", "EXISTS");
            return new ParsedStatement(Kind.DROP_COLUMN, table, c.next(), Flags.NONE, null, line);
        }
        if (c.accept("RENAME")) {
            if (c.accept("TO")) {
                // A table rename: the object is the new name.
                return new ParsedStatement(Kind.RENAME, table, c.next(), new Flags(false, false, false, true), null, line);
            }
            if (c.accept("CONSTRAINT")) {
                return new ParsedStatement(Kind.OTHER, table, null, Flags.NONE, null, line);
            }
            c.accept("COLUMN");
            return new ParsedStatement(Kind.RENAME, table, c.next(), Flags.NONE, null, line);
        }
        if (c.accept("VALIDATE", "CONSTRAINT")) {
            return new ParsedStatement(Kind.VALIDATE_CONSTRAINT, table, c.next(), Flags.NONE, null, line);
        }
        if (c.accept("ALTER")) {
            c.accept("COLUMN");
            String column = c.next();
            if (c.accept("SET", "NOT", "NULL")) {
                return new ParsedStatement(Kind.SET_NOT_NULL, table, column, Flags.NONE, null, line);
            }
            if (c.accept("DROP", "NOT", "NULL")) {
                return new ParsedStatement(Kind.DROP_NOT_NULL, table, column, Flags.NONE, null, line);
            }
            if (c.accept("TYPE") || c.accept("SET", "DATA", "TYPE")) {
                return new ParsedStatement(Kind.ALTER_TYPE, table, column, Flags.NONE, null, line);
            }
            return new ParsedStatement(Kind.OTHER, table, column, Flags.NONE, null, line);
        }
        if (c.accept("ADD")) {
            String constraint = null;
            if (c.accept("CONSTRAINT")) {
                constraint = c.next();
            }
            boolean notValid = c.containsTopLevel("VALID") && c.tokens().contains("NOT");
            if (c.peekIs("FOREIGN") || (constraint != null && c.containsTopLevel("REFERENCES"))) {
                return new ParsedStatement(Kind.ADD_FOREIGN_KEY, table, constraint, new Flags(false, notValid, false, false), null, line);
            }
            if (c.peekIs("CHECK")) {
                return new ParsedStatement(Kind.ADD_CHECK, table, constraint, new Flags(false, notValid, false, false), null, line);
            }
            if (c.peekIs("PRIMARY") || c.peekIs("UNIQUE")) {
                boolean usingIndex = c.containsSequence("USING", "INDEX");
                return new ParsedStatement(Kind.ADD_UNIQUE, table, constraint, new Flags(usingIndex, false, false, false), null, line);
            }
            if (c.peekIs("EXCLUDE")) {
                return new ParsedStatement(Kind.ADD_EXCLUSION, table, constraint, Flags.NONE, null, line);
            }
            if (constraint != null) {
                return new ParsedStatement(Kind.OTHER, table, constraint, Flags.NONE, null, line);
            }
            c.accept("COLUMN");
            c.accept("IF", "NOT", "EXISTS");
            String column = c.next();
            String defaultExpression = c.after("DEFAULT");
            boolean references = c.containsTopLevel("REFERENCES");
            boolean notNull = c.containsSequence("NOT", "NULL");
            if (references) {
                // ADD COLUMN … REFERENCES adds a foreign key too.
                return new ParsedStatement(Kind.ADD_FOREIGN_KEY, table, column, new Flags(false, false, false, notNull), defaultExpression, line);
            }
            return new ParsedStatement(Kind.ADD_COLUMN, table, column, new Flags(false, false, false, notNull), defaultExpression, line);
        }
        return new ParsedStatement(Kind.OTHER, table, null, Flags.NONE, null, line);
    }

    private static List<ParsedStatement> other(int line) {
        return List.of(new ParsedStatement(Kind.OTHER, null, null, Flags.NONE, null, line));
    }

    /** Walks tokens; keywords compare upper-case, identifiers come back unquoted. */
    private record Cursor(List<String> tokens, int[] at) {
        Cursor(List<String> tokens) {
            this(tokens, new int[] {0});
        }

        boolean accept(String... words) {
            for (int i = 0; i < words.length; i++) {
                if (at[0] + i >= tokens.size() || !tokens.get(at[0] + i).toUpperCase(Locale.ROOT).equals(words[i])) {
                    return false;
                }
            }
            at[0] += words.length;
            return true;
        }

        boolean peekIs(String word) {
            return at[0] < tokens.size() && tokens.get(at[0]).toUpperCase(Locale.ROOT).equals(word);
        }

        void expect(String word) {
            accept(word);
        }

        String next() {
            if (at[0] >= tokens.size()) {
                return null;
            }
            String token = tokens.get(at[0]++);
            return Tokens.unquote(token);
        }

        boolean containsTopLevel(String word) {
            return tokens.subList(at[0], tokens.size()).stream().anyMatch(t -> t.toUpperCase(Locale.ROOT).equals(word));
        }

        boolean containsSequence(String first, String second) {
            for (int i = at[0]; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).equalsIgnoreCase(first) && tokens.get(i + 1).equalsIgnoreCase(second)) {
                    return true;
                }
            }
            return false;
        }

        /** The tokens after {@code word} up to a constraint keyword, joined; {@code null} when absent. */
        String after(String word) {
            for (int i = at[0]; i < tokens.size(); i++) {
                if (tokens.get(i).equalsIgnoreCase(word)) {
                    StringBuilder value = new StringBuilder();
                    for (int j = i + 1; j < tokens.size(); j++) {
                        String t = tokens.get(j).toUpperCase(Locale.ROOT);
                        if (t.equals("NOT") || t.equals("NULL") && value.length() > 0 || t.equals("CONSTRAINT") || t.equals("CHECK")
                                || t.equals("REFERENCES") || t.equals("UNIQUE") || t.equals("PRIMARY")) {
                            break;
                        }
                        boolean call = tokens.get(j).startsWith("(");
                        value.append(value.length() == 0 || call ? "" : " ").append(tokens.get(j));
                    }
                    return value.toString();
                }
            }
            return null;
        }

        List<List<String>> restSplitByComma() {
            List<List<String>> parts = new ArrayList<>();
            List<String> current = new ArrayList<>();
            for (String token : tokens.subList(at[0], tokens.size())) {
                if (token.equals(",")) {
                    parts.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(token);
                }
            }
            parts.add(current);
            return parts;
        }
    }
}
