package dev.godwit.core.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL text as tokens: words, quoted identifiers ({@code "…"}, {@code `…`}, {@code […]}),
 * strings (kept whole, so their content is never read as SQL), parenthesized groups (kept whole,
 * so a comma inside one does not split an ALTER TABLE's actions) and single punctuation.
 * Comments are dropped.
 */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                tokens.add(sql.substring(i, Math.min(j + 1, n)));
                i = j + 1;
            } else if (c == '(') {
                int depth = 0;
                int j = i;
                while (j < n) {
                    char d = sql.charAt(j);
                    if (d == '\'') {
                        j = sql.indexOf('\'', j + 1);
                        if (j < 0) {
                            j = n;
                            break;
                        }
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')' && --depth == 0) {
                        break;
                    }
                    j++;
                }
                tokens.add(sql.substring(i, Math.min(j + 1, n)));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || "_$.".indexOf(sql.charAt(j)) >= 0)) {
                    j++;
                }
                tokens.add(sql.substring(i, j));
                i = j;
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }

    static String unquote(String token) {
        if (token.length() >= 2 && (token.startsWith("\"") || token.startsWith("`") || token.startsWith("["))) {
            return token.substring(1, token.length() - 1);
        }
        return token.contains(".") ? token.substring(token.lastIndexOf('.') + 1) : token;
    }
}
