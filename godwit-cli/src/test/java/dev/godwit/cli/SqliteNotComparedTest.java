package dev.godwit.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

class SqliteNotComparedTest extends NotComparedContract {

    @Override
    Map<String, String> environment() {
        return Map.of("GODWIT_URL", "jdbc:sqlite:" + dir.resolve("odyssee.db"));
    }

    @Override
    void executeLive(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("odyssee.db")); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
