package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Switching from Flyway or Liquibase, on PostgreSQL. */
class PostgresSwitchingTest extends SwitchingContract {

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
    String user() {
        return EmbeddedPostgresSupport.APP_USER;
    }

    @Override
    String password() {
        return EmbeddedPostgresSupport.APP_PASSWORD;
    }

    @Override
    Map<String, String> environment() {
        return Map.of("GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Override
    Connection connect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }

    @Override
    String liveModel() {
        return """
                CREATE TABLE trip (id INTEGER NOT NULL, title VARCHAR(200) NOT NULL, destination VARCHAR(200), CONSTRAINT trip_pkey PRIMARY KEY (id));
                CREATE INDEX trip_title_idx ON trip (title);
                CREATE TABLE invoice (id INTEGER NOT NULL, trip_id INTEGER NOT NULL, CONSTRAINT invoice_pkey PRIMARY KEY (id),
                    CONSTRAINT invoice_trip_fk FOREIGN KEY (trip_id) REFERENCES trip (id));
                """;
    }
}
