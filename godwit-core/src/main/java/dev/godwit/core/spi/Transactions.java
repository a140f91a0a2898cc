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

    /**
     * Starts a transaction as {@link #begin} does, but returns the statements that set it up instead
     * of running them, for the caller to send in one round trip with the migration's first statement
     * (on PostgreSQL: {@code SET LOCAL lock_timeout}, one round trip fewer per migration). The
     * caller runs them before anything else in the transaction, alone if it has nothing to send with
     * them. Empty: {@code begin} did all.
     */
    default String beginDeferred(Connection connection, RunSettings settings) throws SQLException {
        begin(connection, settings);
        return "";
    }

    /** Commits what {@link #begin} started, leaving the connection in auto-commit mode. */
    void commit(Connection connection) throws SQLException;

    /** Rolls back what {@link #begin} started, leaving the connection in auto-commit mode. */
    void rollback(Connection connection) throws SQLException;
}
