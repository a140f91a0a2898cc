package dev.godwit.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The little of SQLite's stored {@code CREATE TABLE} / {@code CREATE INDEX} text that its PRAGMAs
 * do not report: check constraints, and index keys and predicates. SQLite keeps the statement as
 * the user wrote it (https://www.sqlite.org/schematab.html), so this reads it with the same
 * quoting rules as the splitter: strings, quoted identifiers, comments and nested parentheses.
 */
final class CreateTableParser {

    /** A CHECK constraint found in a CREATE TABLE: its name if it had one, and its expression. */
    record CheckClause(String name, String expression) {
    }

    /** The keys and WHERE predicate of a CREATE INDEX. */
    record IndexClause(List<String> keys, String predicate) {
    }

    private CreateTableParser() {
    }

    static List<CheckClause> checks(String createTable) {
        List<CheckClause> checks = new ArrayList<>();
        int open = createTable.indexOf('(');
        if (open < 0) {
            return checks;
        }
        String body = createTable.substring(open + 1, matching(createTable, open));
        for (String item : splitTopLevel(body)) {
            String pendingName = null;
            List<Token> tokens = tokens(item);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.word("CONSTRAINT") && i + 1 < tokens.size()) {
                    pendingName = unquote(tokens.get(i + 1).text);
                    i++;
                } else if (token.word("CHECK") && i + 1 < tokens.size() && tokens.get(i + 1).text.startsWith("(")) {
                    String group = tokens.get(i + 1).text;
                    checks.add(new CheckClause(pendingName, collapse(group.substring(1, group.length() - 1))));
                    pendingName = null;
                    i++;
                } else if (!token.word("NOT") && !token.word("NULL") && pendingName != null && token.isWord() && isConstraintKeyword(token)) {
                    pendingName = null;
                }
            }
        }
        return checks;
    }

    static IndexClause index(String createIndex) {
        int open = createIndex.indexOf('(');
        int close = matching(createIndex, open);
        List<String> keys = splitTopLevel(createIndex.substring(open + 1, close)).stream().map(CreateTableParser::collapse).toList();
        String rest = createIndex.substring(close + 1).strip();
        String predicate = null;
        if (rest.toUpperCase(Locale.ROOT).startsWith("WHERE")) {
            predicate = collapse(rest.substring(5));
        }
        return new IndexClause(keys, predicate);
    }

    private static boolean isConstraintKeyword(Token token) {
        return token.word("PRIMARY") || token.word("UNIQUE") || token.word("FOREIGN") || token.word("REFERENCES") || token.word("DEFAULT");
    }

    /** Whitespace runs collapse to one space, so formatting does not count as a difference. */
    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static String unquote(String identifier) {
        if (identifier.length() >= 2) {
            char first = identifier.charAt(0);
            char last = identifier.charAt(identifier.length() - 1);
            if ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']')) {
                String inner = identifier.substring(1, identifier.length() - 1);
                return first == '[' ? inner : inner.replace(String.valueOf(first) + first, String.valueOf(first));
            }
        }
        return identifier;
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = skipQuoted(text, i);
            } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return text.length();
    }

    private static int skipQuoted(String text, int start) {
        char open = text.charAt(start);
        char close = open == '[' ? ']' : open;
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == close) {
                if (close != ']' && i + 1 < text.length() && text.charAt(i + 1) == close) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return text.length();
    }

    static List<String> splitTopLevel(String body) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = skipQuoted(body, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        items.add(body.substring(start).strip());
        return items;
    }

    private record Token(String text) {
        boolean word(String keyword) {
            return text.equalsIgnoreCase(keyword);
        }

        boolean isWord() {
            return !text.isEmpty() && Character.isLetter(text.charAt(0));
        }
    }

    /** Words, quoted identifiers and strings, and parenthesized groups (whole). */
    private static List<Token> tokens(String item) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < item.length()) {
            char c = item.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                int end = matching(item, i);
                tokens.add(new Token(item.substring(i, Math.min(end + 1, item.length()))));
                i = end + 1;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = skipQuoted(item, i);
                tokens.add(new Token(item.substring(i, Math.min(end + 1, item.length()))));
                i = end + 1;
            } else {
                int start = i;
                while (i < item.length() && !Character.isWhitespace(item.charAt(i)) && "()'\"`[,".indexOf(item.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                tokens.add(new Token(item.substring(start, i)));
            }
        }
        return tokens;
    }
}
