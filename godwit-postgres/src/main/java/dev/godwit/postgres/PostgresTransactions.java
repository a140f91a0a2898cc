package dev.godwit.postgres;

import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Transactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One transaction per migration, its statements waiting for table locks no longer than {@code lock-timeout}. */
final class PostgresTransactions implements Transactions {

    @Override
    public void begin(Connection connection, RunSettings settings) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // SET LOCAL lasts until the end of this transaction: the application's sessions keep their own settings.
            statement.execute("SET LOCAL lock_timeout = '" + Math.max(1, settings.lockTimeout().toMillis()) + "ms'");
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }
}
