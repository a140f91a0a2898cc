package dev.godwit.core.runner;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Redaction;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections for a run, turning connection failures into messages a user can act on. */
public final class Database {

    private Database() {
    }

    /**
     * @throws GodwitException (configuration) when no URL is given or no driver knows it;
     *                         (action) when the server refuses or cannot be reached
     */
    public static Connection connect(ConnectionSpec spec, Dialect dialect) {
        if (spec.url() == null) {
            throw GodwitException.configuration("no database URL",
                    "set url= in godwit.properties, GODWIT_URL or DATABASE_URL, or pass --url");
        }
        Properties properties = new Properties();
        if (spec.user() != null) {
            properties.setProperty("user", spec.user());
        }
        if (spec.password() != null && spec.password().reveal() != null) {
            properties.setProperty("password", spec.password().reveal());
        }
        dialect.addConnectionDefaults(properties);
        String shownUrl = Redaction.url(spec.url());
        try {
            Connection connection = DriverManager.getConnection(spec.url(), properties);
            connection.setAutoCommit(true);
            dialect.initialize(connection);
            return connection;
        } catch (SQLException e) {
            String said = Redaction.text(String.valueOf(e.getMessage()), spec.password());
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (said.startsWith("No suitable driver")) {
                throw GodwitException.configuration("no database driver accepts " + shownUrl,
                        "check the URL's form, e.g. " + dialect.exampleUrl());
            }
            String next;
            if (state.startsWith("28")) {
                next = "check the user name and password (GODWIT_USER / GODWIT_PASSWORD, or user= and password=)";
            } else if (state.startsWith("08")) {
                next = "check the host and port, and that the database server is running and reachable from here";
            } else if (state.equals("3D000")) {
                next = "create the database, or fix its name in the URL";
            } else {
                next = "check the URL, user and password";
            }
            throw GodwitException.action("cannot connect to " + shownUrl, next, "database said: " + said);
        }
    }
}
