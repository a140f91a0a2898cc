package dev.godwit.core.spi;

import java.sql.SQLException;

/** A held migration lock. Closing releases it; closing twice is harmless. */
public interface RunLock extends AutoCloseable {

    @Override
    void close() throws SQLException;

    /**
     * Whether holding this lock keeps every other godwit run out for the whole run. When it does,
     * history cannot change under the run and need not be re-read before each migration.
     */
    default boolean exclusive() {
        return true;
    }

    /** For databases whose transactions serialize runs by themselves (SQLite's write lock). */
    RunLock NONE = new RunLock() {
        @Override
        public void close() {
        }

        @Override
        public boolean exclusive() {
            return false;
        }
    };
}
