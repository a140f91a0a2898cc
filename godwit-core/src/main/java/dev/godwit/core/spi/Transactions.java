package dev.godwit.core.spi;

import java.sql.Connection;
import java.sql.SQLException;

/** How one database runs a migration in a transaction. Stateless and thread-safe. */
public interface Transactions {

    /**
     * Starts a transaction for one migration on an auto-commit connection, taking the write lock
     * it needs up front where the database has one, and setting {@code settings.lockTimeout()}
     * for its statements where the database supports it.
     */
    void begin(Connection connection, RunSettings settings) throws SQLException;

    /** Commits what {@link #begin} started, leaving the connection in auto-commit mode. */
    void commit(Connection connection) throws SQLException;

    /** Rolls back what {@link #begin} started, leaving the connection in auto-commit mode. */
    void rollback(Connection connection) throws SQLException;
}
