package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** The user story on PostgreSQL: the target is one embedded server, the dev database another that godwit starts itself. */
class PostgresOdysseeStoryTest extends OdysseeStoryContract {

    private String url;

    @BeforeEach
    void database() {
        url = EmbeddedPostgresSupport.newDatabase();
    }

    @Override
    String url() {
        return url;
    }

    @Override
    Map<String, String> environment() {
        return Map.of("GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Override
    Connection connect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }
}
