package dev.godwit.core.runner;

import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.spi.DatabaseError;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Redaction;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
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
            throw GodwitException.of(ProblemCode.NO_DATABASE_URL, "no database URL",
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
            dialect.initialize(connection, spec.schemas());
            return connection;
        } catch (SQLException e) {
            String said = Redaction.text(String.valueOf(e.getMessage()), spec.password());
            if (said.startsWith("No suitable driver")) {
                throw GodwitException.of(ProblemCode.NO_DRIVER, "no database driver accepts " + shownUrl,
                        "check the URL's form, e.g. " + dialect.exampleUrl());
            }
            DatabaseError kind = dialect.classify(e);
            if (kind == DatabaseError.NOT_A_DATABASE) {
                throw notADatabase(shownUrl, dialect, said);
            }
            ProblemCode code = switch (kind) {
                case AUTHENTICATION -> ProblemCode.AUTHENTICATION_FAILED;
                case NO_SUCH_DATABASE -> ProblemCode.NO_SUCH_DATABASE;
                default -> ProblemCode.CANNOT_CONNECT;
            };
            String next = switch (kind) {
                case AUTHENTICATION -> "check the user name and password (GODWIT_USER / GODWIT_PASSWORD, or user= and password=)";
                case NO_SUCH_DATABASE -> "create the database, or fix its name in the URL";
                case CONNECTION_LOST -> "check the host and port, and that the database server is running and reachable from here";
                default -> "check the URL, user and password";
            };
            throw new GodwitException(Problem.of(code, "cannot connect to " + shownUrl, List.of("database said: " + said), next), e);
        }
    }

    /**
     * A database failure outside a migration (reading history, taking the lock, inspecting), as the
     * problem the user can act on: the connection lost, a file that is not a database, a full disk,
     * or the database's own words.
     */
    public static GodwitException failure(SQLException e, Dialect dialect, ConnectionSpec spec) {
        String shownUrl = Redaction.url(spec.url());
        String said = Redaction.text(Problems.firstLine(e.getMessage()), spec.password());
        String state = e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")";
        return switch (dialect.classify(e)) {
            case NOT_A_DATABASE -> notADatabase(shownUrl, dialect, said);
            case CONNECTION_LOST -> new GodwitException(Problem.of(ProblemCode.CONNECTION_LOST,
                    "the connection to " + shownUrl + " was lost", List.of("database said: " + said + state, "no migration was running"),
                    "check that the database server is up and reachable, then run the command again"), e);
            case DISK_FULL -> new GodwitException(Problem.of(ProblemCode.DISK_FULL,
                    "the database at " + shownUrl + " has no space left", List.of("database said: " + said + state),
                    "free space where the database keeps its files, then run the command again"), e);
            default -> new GodwitException(Problem.of(ProblemCode.DATABASE_ERROR,
                    "the database at " + shownUrl + " failed: " + said, List.of("SQL state" + (state.isEmpty() ? ": none" : state)),
                    "check the database is reachable and the user may read and write godwit_history, then run the command again"), e);
        };
    }

    private static GodwitException notADatabase(String shownUrl, Dialect dialect, String said) {
        return GodwitException.of(ProblemCode.NOT_A_DATABASE,
                shownUrl + " names a file that is not a " + dialect.name() + " database",
                "check the path in the URL: point it at the database file, or at a path where none exists yet to create one",
                "database said: " + said);
    }
}
