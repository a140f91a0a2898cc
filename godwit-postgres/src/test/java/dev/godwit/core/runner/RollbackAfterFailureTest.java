package dev.godwit.core.runner;

import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Secret;
import dev.godwit.postgres.EmbeddedPostgresSupport;
import dev.godwit.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rollback that fails after a failed statement never hides the statement's error. */
class RollbackAfterFailureTest {

    @Test
    void theRollbacksOwnFailureIsAttachedAsSuppressedAndDescribedWithoutThePassword() throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase();
        Connection connection = DriverManager.getConnection(url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD);
        PostgresDialect dialect = new PostgresDialect();
        dialect.transactions().begin(connection, RunSettings.DEFAULTS);
        connection.close(); // the rollback that follows must fail

        Session session = new Session(connection, dialect, RunSettings.DEFAULTS, null, new Secret(EmbeddedPostgresSupport.APP_PASSWORD));
        SQLException original = new SQLException("relation \"trip\" does not exist", "42P01");
        List<String> lines = session.rollbackAfter(original);

        assertThat(original.getSuppressed()).singleElement().satisfies(s -> assertThat(s).isInstanceOf(SQLException.class));
        assertThat(original.getMessage()).isEqualTo("relation \"trip\" does not exist");
        assertThat(lines).singleElement().satisfies(line -> assertThat(line).startsWith("the rollback failed too (")
                .contains("the database ends the transaction when the connection closes").doesNotContain(EmbeddedPostgresSupport.APP_PASSWORD));
    }
}
