package dev.godwit.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** The user story on an SQLite file. */
class SqliteOdysseeStoryTest extends OdysseeStoryContract {

    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("odyssee.db");
    }

    @Override
    Map<String, String> environment() {
        return Map.of();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }
}
