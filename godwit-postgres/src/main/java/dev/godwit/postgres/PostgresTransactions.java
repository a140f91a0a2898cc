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
        String setUp = beginDeferred(connection, settings);
        try (Statement statement = connection.createStatement()) {
            statement.execute(setUp);
        }
    }

    /** The driver sends statements joined by {@code ;} in one round trip, the first preceded by BEGIN. */
    @Override
    public String beginDeferred(Connection connection, RunSettings settings) throws SQLException {
        connection.setAutoCommit(false);
        // SET LOCAL lasts until the end of this transaction: the application's sessions keep their own settings.
        return "SET LOCAL lock_timeout = '" + Math.max(1, settings.lockTimeout().toMillis()) + "ms';\n";
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
