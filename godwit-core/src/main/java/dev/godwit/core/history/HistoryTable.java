package dev.godwit.core.history;

import dev.godwit.core.migration.Version;
import dev.godwit.core.spi.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code godwit_history} table: append-only. Rows are never updated or deleted; the state of
 * each migration is read from its rows (see {@code dev.godwit.core.status.StatusCalculator}).
 *
 * <p>Columns: {@code installed_rank} (primary key, so two writers of one rank cannot both
 * succeed), {@code kind}, {@code version}, {@code description}, {@code script}, {@code checksum},
 * {@code sql_text}, {@code fingerprint}, {@code applied_by}, {@code applied_at},
 * {@code execution_ms}, {@code success}, {@code detail}. Each dialect writes the DDL in its types.
 */
public final class HistoryTable {

    public static final String DEFAULT_NAME = "godwit_history";

    private static final String COLUMNS =
            "installed_rank, kind, version, description, script, checksum, fingerprint, applied_by, applied_at, execution_ms, success, detail";

    private final Dialect dialect;
    private final String name;

    public HistoryTable(Dialect dialect, String name) {
        this.dialect = dialect;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, name);
    }

    /** Creates the table if it is missing. Call it under the run lock: concurrent creation races on some databases. */
    public void create(Connection connection) throws SQLException {
        dialect.createHomeSchema(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.createHistoryTable(name));
        }
    }

    /** Rows with a rank above {@code afterRank}, in rank order ({@code afterRank} 0 reads all). */
    public List<HistoryRow> read(Connection connection, int afterRank) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM " + name + " WHERE installed_rank > ? ORDER BY installed_rank";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, afterRank);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String version = rs.getString("version");
                    rows.add(new HistoryRow(
                            rs.getInt("installed_rank"),
                            HistoryKind.of(rs.getString("kind")),
                            version == null ? null : Version.parse(version),
                            rs.getString("description"),
                            rs.getString("script"),
                            rs.getString("checksum"),
                            rs.getString("fingerprint"),
                            rs.getString("applied_by"),
                            rs.getString("applied_at"),
                            rs.getLong("execution_ms"),
                            rs.getBoolean("success"),
                            rs.getString("detail")));
                }
            }
        }
        return rows;
    }

    /** The SQL stored for a row, or {@code null} when none was kept. */
    public String storedSql(Connection connection, int rank) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT sql_text FROM " + name + " WHERE installed_rank = ?")) {
            statement.setInt(1, rank);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Appends a row with the given rank, which must be one more than the highest rank read.
     * Two processes appending the same rank cannot both succeed (primary key).
     */
    public void append(Connection connection, int rank, HistoryEntry entry) throws SQLException {
        String sql = "INSERT INTO " + name + " (installed_rank, kind, version, description, script, checksum, sql_text,"
                + " fingerprint, applied_by, execution_ms, success, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, rank);
            statement.setString(2, entry.kind().code());
            setNullable(statement, 3, entry.version() == null ? null : entry.version().toString());
            setNullable(statement, 4, truncate(entry.description(), 200));
            setNullable(statement, 5, truncate(entry.script(), 1000));
            setNullable(statement, 6, entry.checksum());
            setNullable(statement, 7, entry.sql());
            setNullable(statement, 8, entry.fingerprint());
            statement.setString(9, truncate(AppliedBy.current(), 200));
            statement.setLong(10, entry.executionMs());
            statement.setBoolean(11, entry.success());
            setNullable(statement, 12, entry.detail());
            statement.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
