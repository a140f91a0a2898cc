package dev.godwit.postgres;

import dev.godwit.core.spi.LockListener;
import dev.godwit.core.spi.LockWaitTimeout;
import dev.godwit.core.spi.RunLock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The migration lock: a session-level advisory lock held by the connection that runs the
 * migrations, so it lives exactly as long as the work. When a client is killed its backend goes
 * on for a while before it rolls back; a lock on a separate idle connection would already be free
 * and the next run would overlap the dying migration.
 *
 * <p>Waiters poll {@code pg_try_advisory_lock} in short auto-commit transactions instead of
 * blocking in {@code pg_advisory_lock}: a blocked waiter keeps a snapshot open, and
 * {@code CREATE INDEX CONCURRENTLY} in the holder waits for every open snapshot — a deadlock
 * (see https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY).
 */
final class AdvisoryLock implements RunLock {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Connection connection;
    private final long key;
    private boolean held = true;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static AdvisoryLock acquire(Connection connection, Duration maxWait, LockListener listener) throws SQLException {
        long key = keyFor(currentSchema(connection));
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean announced = false;
        while (!tryLock(connection, key)) {
            if (!announced) {
                listener.waiting(holder(connection, key));
                announced = true;
            }
            if (System.nanoTime() > deadline) {
                throw new LockWaitTimeout(holder(connection, key), maxWait);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockWaitTimeout("interrupted while waiting");
            }
        }
        listener.acquired();
        return new AdvisoryLock(connection, key);
    }

    @Override
    public void close() throws SQLException {
        if (!held || connection.isClosed()) {
            return;
        }
        held = false;
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    /** One lock per schema: runs on different schemas of one database do not wait for each other. */
    static long keyFor(String schema) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("godwit:" + schema).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (hash[i] & 0xFF);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return String.valueOf(rs.getString(1));
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Who holds the lock, as pg_locks and pg_stat_activity tell. */
    private static String holder(Connection connection, long key) throws SQLException {
        // A bigint advisory key shows in pg_locks as classid (high half) and objid (low half), objsubid 1.
        String sql = "SELECT a.pid, a.application_name, a.client_addr::text, a.backend_start"
                + " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return "another process";
                }
                String application = rs.getString(2);
                String address = rs.getString(3);
                return "backend pid " + rs.getInt(1)
                        + (application == null || application.isEmpty() ? "" : ", application_name " + application)
                        + (address == null ? "" : ", from " + address);
            }
        }
    }
}
