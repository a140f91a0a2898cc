package dev.godwit.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL server embedded dev databases are made on: one this process started, or the one
 * {@code godwit dev start} keeps running for every command of the machine ({@link KeptServer}).
 */
interface DevServer {

    /** A connection to its {@code postgres} database, as its superuser. */
    Connection admin() throws SQLException;

    /** A connection to one of its databases, as its superuser. */
    Connection database(String name) throws SQLException;

    String describe();

    int port();

    /** Stops it when this process started it; a kept server goes on. */
    void close();

    /** Whether it goes on after this process: then what the process made on it is the process's to drop. */
    default boolean outlivesThisProcess() {
        return false;
    }

    static DevServer started(EmbeddedPostgres server) {
        return new DevServer() {
            public Connection admin() throws SQLException {
                return server.getPostgresDatabase().getConnection();
            }

            public Connection database(String name) throws SQLException {
                return server.getDatabase("postgres", name).getConnection();
            }

            public String describe() {
                return "embedded PostgreSQL";
            }

            public int port() {
                return server.getPort();
            }

            public void close() {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the process is gone or going
                }
            }
        };
    }

    static DevServer kept(int port) {
        return new DevServer() {
            public Connection admin() throws SQLException {
                return database("postgres");
            }

            public Connection database(String name) throws SQLException {
                Properties properties = new Properties();
                properties.setProperty("user", "postgres");
                properties.setProperty("ApplicationName", "godwit-dev");
                return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + name, properties);
            }

            public String describe() {
                return "embedded PostgreSQL kept running by `godwit dev start` (port " + port + ")";
            }

            public int port() {
                return port;
            }

            public void close() {
                // not this process's to stop
            }

            public boolean outlivesThisProcess() {
                return true;
            }
        };
    }
}
