package dev.godwit.core.lint;

import dev.godwit.core.sql.SqlStatement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The roles statements name, read as tokens: strings and comments never count, PUBLIC is no role. */
class RoleNamesTest {

    private static java.util.List<String> roles(String sql) {
        return RoleNames.in(new SqlStatement(1, 7, sql)).stream().map(RoleNames.Use::role).toList();
    }

    @Test
    void grantsRevokesPoliciesAndOwnersNameRoles() {
        assertThat(roles("GRANT SELECT, UPDATE (title) ON trip, invoice TO reader, \"Auditors\" WITH GRANT OPTION")).containsExactly("reader", "Auditors");
        assertThat(roles("REVOKE ALL ON trip FROM Reader CASCADE")).containsExactly("reader");
        assertThat(roles("CREATE POLICY own ON trip TO app_user USING (owner = current_user)")).containsExactly("app_user");
        assertThat(roles("ALTER TABLE trip OWNER TO migrator")).containsExactly("migrator");
        assertThat(roles("GRANT reporting TO analyst")).containsExactly("analyst");
    }

    @Test
    void nearMissesNameNone() {
        assertThat(roles("GRANT SELECT ON trip TO PUBLIC")).isEmpty();
        assertThat(roles("GRANT SELECT ON trip TO CURRENT_USER")).isEmpty();
        assertThat(roles("INSERT INTO audit (note) VALUES ('GRANT SELECT ON trip TO ghost')")).isEmpty();
        assertThat(roles("CREATE POLICY own ON trip USING (true)")).isEmpty();
        assertThat(roles("ALTER TABLE trip ADD COLUMN owner text")).isEmpty();
    }
}
