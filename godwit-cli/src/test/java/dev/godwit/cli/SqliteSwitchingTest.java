package dev.godwit.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Switching from Flyway or Liquibase, on an SQLite file. */
class SqliteSwitchingTest extends SwitchingContract {

    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("odyssee.db");
    }

    @Override
    String user() {
        return null;
    }

    @Override
    String password() {
        return null;
    }

    @Override
    Map<String, String> environment() {
        return Map.of();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    String liveModel() {
        return """
                CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL, destination VARCHAR(200));
                CREATE INDEX trip_title_idx ON trip (title);
                CREATE TABLE invoice (id INTEGER PRIMARY KEY, trip_id INTEGER NOT NULL, CONSTRAINT invoice_trip_fk FOREIGN KEY (trip_id) REFERENCES trip (id));
                """;
    }
}
