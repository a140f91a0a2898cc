package dev.godwit.core.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Throw-away databases of the target's dialect, where migrations are replayed and desired
 * schemas loaded so both sides of a diff are normalized by the same engine. Never the target.
 * {@link #close()} drops everything it created (and stops what it started).
 */
public interface DevDatabase extends AutoCloseable {

    /** A new, empty database (or schema); the connection is in auto-commit mode and is the caller's to close. */
    Connection create() throws SQLException;

    /**
     * Another connection to the database {@code of} (one {@link #create()} made) is connected to: for a
     * second session watching the first, as the lock trace does. The caller closes it.
     */
    default Connection another(Connection of) throws SQLException {
        throw new java.sql.SQLFeatureNotSupportedException(describe() + " cannot open a second connection to a scratch database");
    }

    /**
     * Supplies on the dev server what a failed statement says is missing and production is
     * expected to have — a role named in a {@code GRANT} or a policy, created without login — so that
     * the load can be tried again.
     *
     * @return whether it supplied something (the caller then loads again from the start)
     */
    default boolean supply(SQLException error) {
        return false;
    }

    /** A description for messages, e.g. "embedded PostgreSQL 17.7". */
    String describe();

    @Override
    void close();
}
