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

    /** A description for messages, e.g. "embedded PostgreSQL 17.7". */
    String describe();

    @Override
    void close();
}
