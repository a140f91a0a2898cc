package dev.godwit.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

class SqliteNotComparedTest extends NotComparedContract {

    @Override
    Map<String, String> environment() {
        return Map.of("GODWIT_URL", "jdbc:sqlite:" + dir.resolve("odyssee.db"));
    }

    @Override
    String unmodelled(int variant) {
        return "CREATE VIEW trip_titles AS SELECT " + List.of("id", "id, title", "id, title, nights").get(variant) + " FROM trip";
    }

    @Override
    String dropUnmodelled() {
        return "DROP VIEW trip_titles";
    }

    @Override
    String kind() {
        return "view";
    }

    @Override
    String name() {
        return "trip_titles";
    }

    @Override
    void executeLive(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("odyssee.db")); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
