package dev.godwit.core.lint;

import dev.godwit.core.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The roles a statement names as grantee, owner or policy target ({@code GRANT … TO r},
 * {@code REVOKE … FROM r}, {@code CREATE POLICY … TO r}, {@code ALTER … OWNER TO r}): roles belong to
 * the server, not to the migrations, so {@code migrate} checks they exist before anything runs.
 */
public final class RoleNames {

    /** Words that stand where a role would, but are not roles. */
    private static final Set<String> NOT_ROLES = Set.of("public", "current_user", "session_user", "current_role", "group", "role");

    /** @param line the line of the file where the statement starts */
    public record Use(String role, int line) {
    }

    private RoleNames() {
    }

    public static List<Use> in(SqlStatement statement) {
        List<String> tokens = Tokens.of(statement.sql());
        if (tokens.isEmpty()) {
            return List.of();
        }
        String first = upper(tokens.get(0));
        List<String> roles = new ArrayList<>();
        if (first.equals("GRANT")) {
            roles.addAll(after(tokens, "TO", Set.of("WITH", "GRANTED")));
        } else if (first.equals("REVOKE")) {
            roles.addAll(after(tokens, "FROM", Set.of("GRANTED", "CASCADE", "RESTRICT")));
        } else if (first.equals("CREATE") && tokens.size() > 1 && upper(tokens.get(1)).equals("POLICY")) {
            roles.addAll(after(tokens, "TO", Set.of("USING", "WITH")));
        } else if (first.equals("ALTER")) {
            int owner = indexOf(tokens, "OWNER");
            if (owner >= 0 && owner + 2 < tokens.size() && upper(tokens.get(owner + 1)).equals("TO")) {
                roles.add(tokens.get(owner + 2));
            }
        }
        List<Use> uses = new ArrayList<>();
        for (String role : roles) {
            String name = role.startsWith("\"") ? role.substring(1, role.length() - 1).replace("\"\"", "\"") : role.toLowerCase(Locale.ROOT);
            if (!NOT_ROLES.contains(name) && !name.isEmpty()) {
                uses.add(new Use(name, statement.line()));
            }
        }
        return uses;
    }

    /** The comma-separated names after the last {@code keyword}, up to one of {@code stops}. */
    private static List<String> after(List<String> tokens, String keyword, Set<String> stops) {
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (upper(tokens.get(i)).equals(keyword)) {
                at = i;
            }
        }
        List<String> names = new ArrayList<>();
        if (at < 0) {
            return names;
        }
        for (int i = at + 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (stops.contains(upper(token))) {
                break;
            }
            if (!token.equals(",") && !token.equals(";")) {
                names.add(token);
            }
        }
        return names;
    }

    private static int indexOf(List<String> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (upper(tokens.get(i)).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static String upper(String token) {
        return token.toUpperCase(Locale.ROOT);
    }
}
