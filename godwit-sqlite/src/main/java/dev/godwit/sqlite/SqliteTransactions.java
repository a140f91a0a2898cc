package dev.godwit.sqlite;

import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Transactions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** One {@code BEGIN IMMEDIATE} per migration, with foreign keys checked at commit rather than enforced. */
final class SqliteTransactions implements Transactions {

    /** Connections whose foreign keys were on before {@link #begin}: turned on again at the end. */
    private static final Set<Connection> ENFORCING = Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

    /**
     * Foreign keys are turned off before the transaction and checked before commit: a table
     * rebuild drops the old table, which with enforcement on would cascade to child rows, and
     * {@code PRAGMA foreign_keys} is ignored inside a transaction
     * (https://www.sqlite.org/lang_altertable.html#otheralter, https://www.sqlite.org/pragma.html#pragma_foreign_keys).
     */
    @Override
    public void begin(Connection connection, RunSettings settings) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
                if (rs.next() && rs.getInt(1) == 1) {
                    ENFORCING.add(connection);
                    statement.execute("PRAGMA foreign_keys = OFF");
                }
            }
            // Another run may hold the write lock for a whole migration: wait as long as for PostgreSQL's run lock.
            statement.execute("PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, settings.lockWait().toMillis()));
            statement.execute("BEGIN IMMEDIATE");
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) {
                    throw new SQLException("the migration leaves rows whose foreign key points nowhere: table " + rs.getString(1)
                            + " row " + rs.getLong(2) + " references " + rs.getString(3) + "; nothing was committed");
                }
            }
            statement.execute("COMMIT");
        }
        restoreEnforcement(connection);
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors; "no transaction is active" is then expected.
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                throw e;
            }
        }
        restoreEnforcement(connection);
    }

    private static void restoreEnforcement(Connection connection) throws SQLException {
        if (ENFORCING.remove(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
        }
    }
}
