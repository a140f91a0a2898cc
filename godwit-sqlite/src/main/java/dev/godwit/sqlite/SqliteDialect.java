package dev.godwit.sqlite;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.DatabaseError;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Inspector;
import dev.godwit.core.spi.DdlRenderer;
import dev.godwit.core.spi.Locking;
import dev.godwit.core.spi.RunLock;
import dev.godwit.core.spi.Transactions;
import dev.godwit.core.spi.TypeRules;
import dev.godwit.core.sql.SqlSyntax;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite: the embedded default. Runs are serialized by SQLite's own write lock: each migration
 * runs in a {@code BEGIN IMMEDIATE} transaction (which takes the write lock up front, waiting up
 * to the busy timeout), and history is re-read inside it before anything is applied.
 */
public final class SqliteDialect implements Dialect {

    private static final String PREFIX = "jdbc:sqlite:";
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

    /** Connections whose foreign key enforcement {@link #begin} turned off, to turn back on. */
    // The parts, wired here and nowhere else.
    private static final Inspector INSPECTOR = new SqliteInspector();
    private static final SqliteRenderer RENDERER = new SqliteRenderer();
    private static final TypeRules TYPES = new SqliteTypes();
    private static final Transactions TRANSACTIONS = new SqliteTransactions();
    // Each BEGIN IMMEDIATE takes the database's write lock; there is no lock to hold across a run.
    private static final Locking LOCKING = (connection, settings, listener) -> RunLock.NONE;

    private static final SqlSyntax SYNTAX = new SqlSyntax(false, false, false, true, true, false);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public java.util.Optional<java.nio.file.Path> newDatabaseFile(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        String path = url.substring(PREFIX.length());
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.isEmpty() || path.equals(":memory:") || url.contains("mode=memory")) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path file = java.nio.file.Path.of(path);
        return java.nio.file.Files.exists(file) ? java.util.Optional.empty() : java.util.Optional.of(file);
    }

    @Override
    public String displayName() {
        return "SQLite";
    }

    private static final java.util.List<java.util.regex.Pattern> EXCLUSIVE = java.util.List.of(
            java.util.regex.Pattern.compile("\\bAUTOINCREMENT\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\bPRAGMA\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\bWITHOUT\\s+ROWID\\b", java.util.regex.Pattern.CASE_INSENSITIVE));

    @Override
    public java.util.List<java.util.regex.Pattern> exclusiveSyntax() {
        return EXCLUSIVE;
    }

    @Override
    public String exampleUrl() {
        return "jdbc:sqlite:odyssee.db";
    }

    @Override
    public boolean handles(String jdbcUrl) {
        return jdbcUrl.startsWith(PREFIX);
    }

    @Override
    public String resolveRelativeTo(String jdbcUrl, Path base) {
        String rest = jdbcUrl.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:") || Path.of(file).isAbsolute()) {
            return jdbcUrl;
        }
        return PREFIX + base.resolve(file).normalize() + (query < 0 ? "" : rest.substring(query));
    }

    @Override
    public SqlSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public void initialize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
        }
    }

    /** Nothing online; its table rebuilds are recognized by their scratch table's prefix. */
    @Override
    public dev.godwit.core.spi.Capabilities capabilities() {
        return new dev.godwit.core.spi.Capabilities(false, false, false, SqliteRenderer.NEW_PREFIX);
    }

    @Override
    public Inspector inspector() {
        return INSPECTOR;
    }

    @Override
    public DdlRenderer ddl() {
        return RENDERER;
    }

    @Override
    public TypeRules types() {
        return TYPES;
    }

    @Override
    public Transactions transactions() {
        return TRANSACTIONS;
    }

    @Override
    public Locking locking() {
        return LOCKING;
    }

    /** An in-memory database of the driver's own SQLite: the driver's jar, stamped, says which. */
    @Override
    public java.util.Optional<String> devIdentity(DevSettings settings) {
        return settings.url() != null ? java.util.Optional.empty()
                : dev.godwit.core.spi.CodeStamp.of(org.sqlite.JDBC.class).map(stamp -> "in-memory SQLite " + stamp);
    }

    @Override
    public DevDatabase devDatabase(DevSettings settings) {
        if (settings.url() != null) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("sqlite.dev-database-config"), Message.of("sqlite.dev-database-config.next"));
        }
        return new SqliteDevDatabase();
    }

    /** By the primary result code (https://www.sqlite.org/rescode.html); extended codes keep it in their low byte. */
    @Override
    public DatabaseError classify(SQLException error) {
        int code = error.getErrorCode() & 0xFF;
        return switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED -> DatabaseError.LOCK_TIMEOUT;
            case SQLITE_FULL -> DatabaseError.DISK_FULL;
            case SQLITE_NOTADB -> DatabaseError.NOT_A_DATABASE;
            default -> DatabaseError.OTHER;
        };
    }

    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "installed_rank INTEGER NOT NULL PRIMARY KEY,"
                + " kind TEXT NOT NULL,"
                + " version TEXT,"
                + " description TEXT,"
                + " script TEXT,"
                + " checksum TEXT,"
                + " sql_text TEXT,"
                + " fingerprint TEXT,"
                + " applied_by TEXT NOT NULL,"
                + " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%fZ', 'now')),"
                + " execution_ms INTEGER NOT NULL,"
                + " success INTEGER NOT NULL,"
                + " detail TEXT)";
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
