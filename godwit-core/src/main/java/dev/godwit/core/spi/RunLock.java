package dev.godwit.core.spi;

import java.sql.SQLException;

/** A held migration lock. Closing releases it; closing twice is harmless. */
public interface RunLock extends AutoCloseable {

    @Override
    void close() throws SQLException;

    /** For databases whose transactions serialize runs by themselves (SQLite's write lock). */
    RunLock NONE = () -> { };
}
