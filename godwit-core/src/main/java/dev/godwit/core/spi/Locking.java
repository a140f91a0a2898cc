package dev.godwit.core.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** How one database keeps two runs apart, and tells who holds what a migration waits for. */
public interface Locking {

    /**
     * Takes the lock that keeps two godwit runs from applying migrations at once, waiting while
     * another process holds it. The lock must be tied to {@code connection} so it lives exactly
     * as long as the work done on it; it is released by {@link RunLock#close()} or when the
     * connection ends.
     *
     * @throws LockWaitTimeout when {@code settings.lockWait()} passes while another holds it
     */
    RunLock lock(Connection connection, RunSettings settings, LockListener listener) throws SQLException;

    /**
     * Who holds locks on {@code tables} (all the tables of the current schema when empty), one line
     * per other session, e.g. "backend pid 4242 (application psql, user app, transaction open 12 s,
     * state idle in transaction, query started 10:02:03: SELECT …)"; called after a statement gave up
     * waiting for a lock, so the user learns whom the migration waits for. Empty when the database
     * cannot tell.
     */
    default List<String> holders(Connection connection, Collection<String> tables) throws SQLException {
        return List.of();
    }
}
