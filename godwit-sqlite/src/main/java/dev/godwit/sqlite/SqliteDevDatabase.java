package dev.godwit.sqlite;

import dev.godwit.core.spi.DevDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * In-memory SQLite databases. Each lives while its first connection ("keeper") is open
 * (https://www.sqlite.org/inmemorydb.html, shared cache), so several connections can see it;
 * {@link #close()} closes the keepers and the databases vanish.
 */
final class SqliteDevDatabase implements DevDatabase {

    private final List<Connection> keepers = new ArrayList<>();

    @Override
    public synchronized Connection create() throws SQLException {
        String url = "jdbc:sqlite:file:godwit_dev_" + UUID.randomUUID() + "?mode=memory&cache=shared";
        keepers.add(DriverManager.getConnection(url));
        return DriverManager.getConnection(url);
    }

    @Override
    public String describe() {
        return "in-memory SQLite";
    }

    @Override
    public synchronized void close() {
        for (Connection keeper : keepers) {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // an in-memory database goes away with its last connection either way
            }
        }
        keepers.clear();
    }
}
