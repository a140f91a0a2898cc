package dev.godwit.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM (started on first use, stopped at exit), and a fresh database
 * for each test that asks. Password authentication is on for every role but {@code postgres}, so
 * tests can check what a wrong password does.
 */
public final class EmbeddedPostgresSupport {

    public static final String APP_USER = "godwit_app";
    public static final String APP_PASSWORD = "s3cret-Pa55";

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedPostgresSupport() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                requirePasswords();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** Creates an empty database owned by {@link #APP_USER}; returns its JDBC URL (credentials not in it). */
    public static String newDatabase() {
        String name = "godwit_test_" + DATABASES.incrementAndGet();
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    /** A copy of the database at {@code templateUrl} (nobody may be connected to it), owned by {@link #APP_USER}. */
    public static String newDatabaseFrom(String templateUrl) {
        String name = "godwit_test_" + DATABASES.incrementAndGet();
        String template = templateUrl.substring(templateUrl.lastIndexOf('/') + 1);
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + template + " OWNER " + APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    /** A superuser connection to a database created by {@link #newDatabase()}. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static Connection admin() throws SQLException {
        return connect("jdbc:postgresql://localhost:" + port() + "/postgres");
    }

    private static void requirePasswords() throws SQLException, IOException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            String hba;
            try (ResultSet rs = statement.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            Files.writeString(Path.of(hba), """
                    local all postgres trust
                    host  all postgres 127.0.0.1/32 trust
                    host  all postgres ::1/128 trust
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """, StandardCharsets.UTF_8);
            statement.execute("SELECT pg_reload_conf()");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitPasswordCheck();
    }

    /** pg_reload_conf() only signals the postmaster: wait until a wrong password is really refused. */
    private static void awaitPasswordCheck() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + port() + "/postgres";
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection ignored = DriverManager.getConnection(url, APP_USER, "wrong")) {
                sleep();
            } catch (SQLException e) {
                if ("28P01".equals(e.getSQLState())) {
                    return;
                }
                throw e;
            }
        }
        throw new IllegalStateException("pg_hba.conf reload did not take effect");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
