package dev.godwit.postgres;

import dev.godwit.core.spi.LockListener;
import dev.godwit.core.spi.Locking;
import dev.godwit.core.spi.RunLock;
import dev.godwit.core.spi.RunSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** A session-level advisory lock for the run (see {@link AdvisoryLock}); pg_locks for who holds a table. */
final class PostgresLocking implements Locking {

    @Override
    public RunLock lock(Connection connection, RunSettings settings, LockListener listener) throws SQLException {
        return AdvisoryLock.acquire(connection, settings.lockWait(), listener);
    }

    @Override
    public List<String> holders(Connection connection, Collection<String> tables) throws SQLException {
        return LockHolders.of(connection, tables);
    }
}
