package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
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
            throw GodwitException.of(ProblemCode.NO_DATABASE_URL, Message.of("run.no-database-url"), Message.of("run.no-database-url.next"));
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
                throw GodwitException.of(ProblemCode.NO_DRIVER, Message.of("run.no-driver", "url", shownUrl), Message.of("run.no-driver.next", "exampleUrl", dialect.exampleUrl()));
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
                case AUTHENTICATION -> "run.connect.next.authentication";
                case NO_SUCH_DATABASE -> "run.connect.next.no-such-database";
                case CONNECTION_LOST -> "run.connect.next.unreachable";
                default -> "run.connect.next";
            };
            throw new GodwitException(Problem.of(code, Message.of("run.connect", "url", shownUrl), List.of(Problems.databaseSaid(said)), Message.of(next)), e);
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
            case CONNECTION_LOST -> new GodwitException(Problem.of(ProblemCode.CONNECTION_LOST, Message.of("run.connection-lost", "url", shownUrl), List.of(Message.of("run.connection-lost.detail", "said", said, "state", state), Message.of("run.connection-lost.detail-2")), Message.of("run.connection-lost.next")), e);
            case DISK_FULL -> new GodwitException(Problem.of(ProblemCode.DISK_FULL, Message.of("run.disk-full-2", "url", shownUrl), List.of(Message.of("run.disk-full-2.detail", "said", said, "state", state)), Message.of("run.disk-full-2.next")), e);
            default -> new GodwitException(Problem.of(ProblemCode.DATABASE_ERROR,
                    Message.of("run.database-error", "url", shownUrl, "said", said),
                    List.of(e.getSQLState() == null ? Message.of("run.database-error.no-state") : Message.of("run.database-error.state", "state", e.getSQLState())),
                    Message.of("run.database-error.next")), e);
        };
    }

    private static GodwitException notADatabase(String shownUrl, Dialect dialect, String said) {
        return GodwitException.of(ProblemCode.NOT_A_DATABASE, Message.of("run.not-a-database", "url", shownUrl, "dialect", dialect.name()), Message.of("run.not-a-database.next"), Message.of("run.not-a-database.detail", "said", said));
    }
}
