package dev.godwit.postgres;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Capabilities;
import dev.godwit.core.spi.DatabaseError;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Inspector;
import dev.godwit.core.spi.DdlRenderer;
import dev.godwit.core.spi.Locking;
import dev.godwit.core.spi.SafetyRules;
import dev.godwit.core.spi.Transactions;
import dev.godwit.core.spi.TypeRules;
import dev.godwit.core.sql.SqlSyntax;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** PostgreSQL: the dialect PaaS users run in production. */
public final class PostgresDialect implements Dialect {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    // The parts, wired here and nowhere else; made when first used (a holder class), not when the dialect is
    // found: `godwit --version` and a no-op migrate load neither the inspector's catalog queries nor the renderer.
    private static final class Parts {
        static final Inspector INSPECTOR = new PostgresInspector();
        static final PostgresRenderer RENDERER = new PostgresRenderer();
        static final TypeRules TYPES = new PostgresTypes();
        static final SafetyRules SAFETY = new PostgresSafety(RENDERER);
        static final PostgresLockTracer TRACER = new PostgresLockTracer();
    }

    private static final Transactions TRANSACTIONS = new PostgresTransactions();
    private static final Locking LOCKING = new PostgresLocking();

    private static final SqlSyntax SYNTAX = new SqlSyntax(true, true, true, false, false, true);

    private static boolean embeddedAvailable() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false, PostgresDialect.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Optional<dev.godwit.core.trace.LockTracer> lockTracer() {
        return Optional.of(Parts.TRACER);
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    private static final List<java.util.regex.Pattern> EXCLUSIVE = List.of(
            java.util.regex.Pattern.compile("\\bGENERATED\\s+(ALWAYS|BY\\s+DEFAULT)\\s+AS\\s+IDENTITY\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\b(BIG)?SERIAL\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\b(TIMESTAMPTZ|JSONB|BYTEA)\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\bCREATE\\s+(EXTENSION|SCHEMA|TYPE|DOMAIN)\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\bALTER\\s+COLUMN\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\bCONCURRENTLY\\b", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("::[a-z]", java.util.regex.Pattern.CASE_INSENSITIVE),
            java.util.regex.Pattern.compile("\\$\\$"));

    @Override
    public List<java.util.regex.Pattern> exclusiveSyntax() {
        return EXCLUSIVE;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String exampleUrl() {
        return "jdbc:postgresql://localhost:5432/odyssee";
    }

    @Override
    public boolean handles(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String platformUrlExample() {
        return "postgres://<user>:<password>@<host>:5432/<database>";
    }

    @Override
    public Optional<ConnectionSpec> fromPlatformUrl(String url) {
        return PlatformUrl.parse(url);
    }

    @Override
    public java.util.Map<String, String> configAliases() {
        return java.util.Map.of("dev-postgres-version", "dev-version");
    }

    @Override
    public SqlSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public void addConnectionDefaults(Properties properties) {
        // Bounded connection attempts: an unreachable host fails in seconds, not minutes.
        properties.putIfAbsent("connectTimeout", "10");
        properties.putIfAbsent("loginTimeout", "20");
        properties.putIfAbsent("ApplicationName", "godwit");
    }

    /**
     * {@code schemas=}: the session setting {@value ManagedSchemas#SETTING} tells the inspector which
     * schemas are managed, and the search path is set to the first alone, as Flyway sets it to its
     * default schema — so the history table, and every name a migration leaves unqualified, is there.
     */
    @Override
    public void initialize(Connection connection, List<String> schemas) throws SQLException {
        initialize(connection);
        manage(connection, schemas);
    }

    static void manage(Connection connection, List<String> schemas) throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_catalog.set_config(?, ?, false), pg_catalog.set_config('search_path', ?, false)")) {
            statement.setString(1, ManagedSchemas.SETTING);
            statement.setString(2, String.join(",", schemas));
            statement.setString(3, Parts.RENDERER.quote(schemas.get(0)));
            statement.execute();
        }
    }

    /**
     * {@code DISCARD ALL}, a pooler's reset between clients: settings, advisory locks, temporary tables
     * and prepared statements gone. (Keeping the driver's prepared catalog queries would not save their
     * planning: each target's inspection sets its own search path, and the server plans again for it.)
     */
    @Override
    public boolean resetSession(Connection connection) throws SQLException {
        endTransaction(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DISCARD ALL");
        }
        return true;
    }

    /** Back to the session's own search path (the server's, the role's or the URL's {@code currentSchema}). */
    @Override
    public void release(Connection connection) throws SQLException {
        endTransaction(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET search_path");
            statement.execute("RESET " + ManagedSchemas.SETTING);
        }
    }

    /** Rolls back what the connection left open and puts it back in auto-commit. */
    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void createHomeSchema(Connection connection) throws SQLException {
        String home;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT split_part(pg_catalog.current_setting(?, true), ',', 1) WHERE pg_catalog.current_schema() IS NULL")) {
            statement.setString(1, ManagedSchemas.SETTING);
            try (ResultSet rs = statement.executeQuery()) {
                home = rs.next() ? rs.getString(1) : null;
            }
        }
        if (home != null && !home.isBlank()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + Parts.RENDERER.quote(home));
            }
        }
    }

    /**
     * PostgreSQL's states (https://www.postgresql.org/docs/current/errcodes-appendix.html): 55P03
     * lock_not_available is what lock_timeout raises; 57P01-57P03 end the session (a terminated
     * backend, a server shutting down or restarting); 53100 disk_full.
     */
    @Override
    public DatabaseError classify(SQLException error) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        return switch (state) {
            case LOCK_NOT_AVAILABLE -> DatabaseError.LOCK_TIMEOUT;
            case "57P01", "57P02", "57P03" -> DatabaseError.CONNECTION_LOST;
            case "53100" -> DatabaseError.DISK_FULL;
            // 58P01 undefined_file: "could not open extension control file"; 0A000 feature_not_supported: "extension … is not available".
            case "58P01" -> DatabaseError.MISSING_FEATURE;
            case "0A000" -> String.valueOf(error.getMessage()).contains("extension") ? DatabaseError.MISSING_FEATURE : DatabaseError.OTHER;
            default -> Dialect.super.classify(error);
        };
    }

    @Override
    public boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            statement.setString(1, role);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "installed_rank INTEGER NOT NULL PRIMARY KEY,"
                + " kind VARCHAR(16) NOT NULL,"
                + " version VARCHAR(64),"
                + " description VARCHAR(200),"
                + " script VARCHAR(1000),"
                + " checksum VARCHAR(64),"
                + " sql_text TEXT,"
                + " fingerprint VARCHAR(64),"
                + " applied_by VARCHAR(200) NOT NULL,"
                + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),"
                + " execution_ms BIGINT NOT NULL,"
                + " success BOOLEAN NOT NULL,"
                + " detail TEXT)";
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?")) {
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
                     "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(true, true, true);
    }

    @Override
    public Inspector inspector() {
        return Parts.INSPECTOR;
    }

    @Override
    public DdlRenderer ddl() {
        return Parts.RENDERER;
    }

    @Override
    public TypeRules types() {
        return Parts.TYPES;
    }

    @Override
    public SafetyRules safety() {
        return Parts.SAFETY;
    }

    @Override
    public Transactions transactions() {
        return TRANSACTIONS;
    }

    @Override
    public Locking locking() {
        return LOCKING;
    }

    @Override
    public AutoCloseable keepDevServer() {
        return EmbeddedDevServer.keep();
    }

    @Override
    public Optional<dev.godwit.core.spi.KeptDevServer> keptDevServer() {
        return embeddedAvailable() ? Optional.of(new KeptServer(PostgresDevDatabase.DEFAULT_VERSION)) : Optional.empty();
    }

    /** The embedded server only, whose build PostgresBinaries names (a dev-url server may change behind its URL). */
    @Override
    public Optional<String> devIdentity(DevSettings settings) {
        if (settings.url() != null || !embeddedAvailable()) {
            return Optional.empty();
        }
        return PostgresBinaries.identity(PostgresDialect.class.getClassLoader())
                .map(binaries -> "embedded PostgreSQL " + binaries + " dev-version=" + settings.version() + " schemas=" + settings.schemas());
    }

    @Override
    public DevDatabase devDatabase(DevSettings settings) {
        if (settings.url() == null && !embeddedAvailable()) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config-8"), Message.of("postgres.dev-database-config-8.next"));
        }
        return new PostgresDevDatabase(settings);
    }
}
