package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.migration.LocalMigrations;

import dev.godwit.core.history.HistoryEntry;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.history.HistoryTable;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Redaction;
import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Secret;
import dev.godwit.core.status.StatusCalculator;
import dev.godwit.core.status.StatusReport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection to the target database and what godwit knows of its history: the rows read so
 * far, re-read incrementally ({@link #refresh()}) so that work done meanwhile by another process
 * is seen before anything is appended.
 */
final class Session {

    final Connection connection;
    final Dialect dialect;
    final HistoryTable history;
    final RunSettings settings;
    final LocalMigrations local;
    /** The connection's password, kept only to mask it in messages that quote the database. */
    private final Secret password;
    private final List<HistoryRow> rows = new ArrayList<>();
    private final Map<Version, Integer> lastRankByVersion = new HashMap<>();
    private int lastRank;

    Session(Connection connection, Dialect dialect, RunSettings settings, LocalMigrations local, Secret password) {
        this.password = password;
        this.connection = connection;
        this.dialect = dialect;
        this.history = new HistoryTable(dialect, HistoryTable.DEFAULT_NAME);
        this.settings = settings;
        this.local = local;
    }

    /** Reads the rows appended since the last read; returns them (empty when none). */
    List<HistoryRow> refresh() throws SQLException {
        List<HistoryRow> fresh = history.read(connection, lastRank);
        rows.addAll(fresh);
        for (HistoryRow row : fresh) {
            if (row.version() != null) {
                lastRankByVersion.put(row.version(), row.rank());
            }
        }
        if (!fresh.isEmpty()) {
            lastRank = fresh.get(fresh.size() - 1).rank();
        }
        return fresh;
    }

    /** Reads history if the table exists; otherwise there is none. */
    void readIfPresent() throws SQLException {
        if (history.exists(connection)) {
            refresh();
        }
    }

    /** The rank of the newest row read so far (0 when none). */
    int lastRank() {
        return lastRank;
    }

    /** Whether a row about {@code version} with a rank above {@code rank} has been read. */
    boolean touchedAfter(Version version, int rank) {
        return lastRankByVersion.getOrDefault(version, 0) > rank;
    }

    List<HistoryRow> rows() {
        return List.copyOf(rows);
    }

    /**
     * Appends a row after the last one known. Inside a transaction it counts once committed and
     * either re-read ({@link #refresh()}) or, under an exclusive run lock, {@link #committed() confirmed}.
     */
    void append(HistoryEntry entry) throws SQLException {
        history.append(connection, lastRank + 1, entry);
    }

    /** The row just appended was committed and no one else can write history: count it without reading it back. */
    void committed() {
        lastRank++;
    }

    /**
     * Rolls back after {@code failure} and keeps the failure the one reported: a rollback that fails
     * too is attached to it as suppressed, and described in the lines returned (empty when the
     * rollback went through). A dead connection needs no rollback: the database ends its
     * transaction itself.
     */
    List<String> rollbackAfter(Throwable failure) {
        try {
            dialect.transactions().rollback(connection);
            return List.of();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            return List.of("the rollback failed too (" + Redaction.text(String.valueOf(e.getMessage()), password)
                    + "); the database ends the transaction when the connection closes");
        }
    }

    Secret connectionPassword() {
        return password;
    }

    StatusReport status(StatusCalculator.Tolerance tolerance) {
        return StatusCalculator.compute(local.migrations(), local.checksums(), rows, tolerance);
    }

    /** Refuses to create history in a database that already holds tables godwit did not make. */
    void requireEmptyOrManaged() throws SQLException {
        if (history.exists(connection)) {
            return;
        }
        List<String> tables = dialect.tables(connection);
        if (!tables.isEmpty()) {
            String shown = String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + (tables.size() > 5 ? ", …" : "");
            throw GodwitException.of(ProblemCode.UNMANAGED_DATABASE, Message.of("run.unmanaged-database", "tables", tables.size(), "shown", shown), Message.of("run.unmanaged-database.next"), Message.of("run.unmanaged-database.detail"));
        }
    }
}
