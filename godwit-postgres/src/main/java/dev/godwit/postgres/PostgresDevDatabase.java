package dev.godwit.postgres;

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
 * schema per {@link #create()} in that database, dropped on close. Never the target database.
 */
final class PostgresDevDatabase implements DevDatabase {

    private final DevSettings settings;
    private EmbeddedPostgres server;
    private final List<String> schemas = new ArrayList<>();
    private int databases;

    PostgresDevDatabase(DevSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized Connection create() throws SQLException {
        if (settings.url() != null) {
            return createSchema();
        }
        EmbeddedPostgres embedded = server();
        String name = "godwit_dev_" + (++databases);
        try (Connection admin = embedded.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return embedded.getDatabase("postgres", name).getConnection();
    }

    private Connection createSchema() throws SQLException {
        String schema = "godwit_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Connection connection = connectDevUrl();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
        }
        schemas.add(schema);
        return connection;
    }

    private Connection connectDevUrl() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password().reveal());
        }
        properties.setProperty("ApplicationName", "godwit-dev");
        try {
            return DriverManager.getConnection(settings.url(), properties);
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, "cannot connect to the dev database " + Redaction.url(settings.url()),
                    "check dev-url, dev-user and dev-password (a database godwit may create and drop schemas in, never production)",
                    "database said: " + Redaction.text(e.getMessage(), settings.password()));
        }
    }

    private EmbeddedPostgres server() throws SQLException {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // A scratch database: durability buys nothing here and costs time.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException | RuntimeException e) {
                throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, "cannot start the embedded PostgreSQL used as dev database: " + e.getMessage(),
                        "set dev-url to a PostgreSQL database godwit may create and drop schemas in");
            }
            requireVersion();
        }
        return server;
    }

    private void requireVersion() throws SQLException {
        String wanted = settings.postgresVersion() == null ? DevSettings.DEFAULT_POSTGRES_VERSION : settings.postgresVersion().strip();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            String carried = String.valueOf(rs.getInt(1));
            if (!carried.equals(wanted)) {
                close();
                throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, 
                        "dev-postgres-version=" + wanted + " but this godwit carries PostgreSQL " + carried + " for its dev database",
                        "set dev-url to a PostgreSQL " + wanted + " database godwit may create and drop schemas in, or dev-postgres-version=" + carried,
                        "the dev database should run production's major version, so that generated SQL and inspected defaults match");
            }
        }
    }

    @Override
    public String describe() {
        return settings.url() != null ? "dev database " + Redaction.url(settings.url()) : "embedded PostgreSQL";
    }

    @Override
    public synchronized void close() {
        if (!schemas.isEmpty()) {
            try (Connection c = connectDevUrl(); Statement s = c.createStatement()) {
                for (String schema : schemas) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            } catch (SQLException | RuntimeException ignored) {
                // best effort: the schemas are named godwit_dev_* and hold nothing of value
            }
            schemas.clear();
        }
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the process is gone or going
            }
            server = null;
        }
    }
}
