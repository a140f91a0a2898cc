package dev.godwit.core.spi;

import dev.godwit.core.sql.SqlSyntax;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything godwit needs to know about one kind of database: how to reach it (URLs, connections,
 * errors) here, and the rest in small parts each with one job — {@link #inspector()}, {@link #ddl()},
 * {@link #types()}, {@link #safety()}, {@link #transactions()}, {@link #locking()} — which each dialect
 * wires in one place. The engine is written once against these and never names a database;
 * implementations are found with {@link java.util.ServiceLoader} (see {@link Dialects}) and must be
 * stateless and thread-safe.
 */
public interface Dialect {

    /** Short lower-case name used in configuration ({@code dialect=}) and messages. */
    String name();

    /** A URL to show in messages as an example, e.g. {@code jdbc:sqlite:app.db}. */
    String exampleUrl();

    /** The form of the PaaS URLs {@link #fromPlatformUrl} reads, for messages, or {@code null} when it reads none. */
    default String platformUrlExample() {
        return null;
    }

    /** Whether this dialect handles a JDBC URL, e.g. by its {@code jdbc:xxx:} prefix. */
    boolean handles(String jdbcUrl);

    /**
     * Translates a platform URL of the form PaaS providers hand out (e.g.
     * {@code postgres://user:pass@host:5432/db}) to JDBC terms.
     *
     * @return empty when the URL is not of a form this dialect knows
     * @throws IllegalArgumentException when it is of this dialect's form but malformed
     */
    /**
     * The file a connection to {@code url} would create because it does not exist yet (an SQLite
     * database file); empty for a server database, or a file that exists.
     */
    default Optional<java.nio.file.Path> newDatabaseFile(String url) {
        return Optional.empty();
    }

    /** How messages name the database ({@code PostgreSQL}). */
    default String displayName() {
        return name();
    }

    /**
     * What only this dialect's SQL holds ({@code GENERATED … AS IDENTITY}, {@code AUTOINCREMENT}): a
     * syntax error on another database in a statement holding one is a migration meant for this one.
     */
    default List<java.util.regex.Pattern> exclusiveSyntax() {
        return List.of();
    }

    default Optional<ConnectionSpec> fromPlatformUrl(String url) {
        return Optional.empty();
    }

    /** The URL with relative file paths resolved against {@code base}; unchanged for servers. */
    default String resolveRelativeTo(String jdbcUrl, Path base) {
        return jdbcUrl;
    }

    /**
     * Configuration keys this dialect also accepts, by the key they stand for — names users of
     * this database know, e.g. {@code dev-postgres-version} for {@code dev-version}. In
     * {@code godwit.properties} and as {@code GODWIT_*} variables.
     */
    default java.util.Map<String, String> configAliases() {
        return java.util.Map.of();
    }

    /** Lexical rules for splitting this database's SQL into statements. */
    SqlSyntax syntax();

    /** Adds defaults (timeouts, application name) to connection properties the user did not set. */
    default void addConnectionDefaults(Properties properties) {
    }

    /** Prepares a new connection (e.g. a busy timeout); it is in auto-commit mode. */
    default void initialize(Connection connection) throws SQLException {
    }

    /**
     * Prepares a new connection and makes {@code schemas} the ones godwit manages on it: the first
     * becomes the one unqualified names reach, which holds the history table (it need not exist yet:
     * see {@link #createHomeSchema}). Empty means the database's default. A dialect without schemas
     * refuses a list.
     */
    default void initialize(Connection connection, List<String> schemas) throws SQLException {
        if (!schemas.isEmpty()) {
            throw dev.godwit.core.problem.GodwitException.of(dev.godwit.core.problem.ProblemCode.CONFIG_BAD_VALUE,
                    dev.godwit.core.message.Message.of("config.no-schemas", "schemas", String.join(",", schemas), "database", name()),
                    dev.godwit.core.message.Message.of("config.no-schemas.next", "database", name()));
        }
        initialize(connection);
    }

    /** Undoes on a connection lent by the application what {@link #initialize(Connection, List)} set for {@code schemas=}. */
    default void release(Connection connection) throws SQLException {
    }

    /**
     * Creates the schema the history table goes in when {@code schemas=} names one that does not
     * exist yet, as Flyway does; called by {@code migrate} (and {@code baseline}) under the run lock,
     * never by the commands that only read.
     */
    default void createHomeSchema(Connection connection) throws SQLException {
    }

    /**
     * What an error means: a lock timeout (the migration may be retried), a lost connection, a full
     * disk, and so on. The default reads the SQL standard's state classes ({@code 08} connection
     * exception, {@code 28} invalid authorization, {@code 3D000} invalid catalog name); dialects add
     * their own states and codes.
     */
    default DatabaseError classify(SQLException error) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        if (state.startsWith("08")) {
            return DatabaseError.CONNECTION_LOST;
        }
        if (state.startsWith("28")) {
            return DatabaseError.AUTHENTICATION;
        }
        if (state.equals("3D000")) {
            return DatabaseError.NO_SUCH_DATABASE;
        }
        return DatabaseError.OTHER;
    }

    /**
     * Whether a role exists on the database's server, for the roles pending migrations name. The
     * default, for databases without roles, says yes.
     */
    default boolean roleExists(Connection connection, String role) throws SQLException {
        return true;
    }

    /** {@code CREATE TABLE IF NOT EXISTS} for the history table (see {@code HistoryTable} for its columns). */
    String createHistoryTable(String table);

    /** Whether a table exists in the connection's current schema. */
    boolean tableExists(Connection connection, String table) throws SQLException;

    /** Names of the user tables in the connection's current schema (views and system tables excluded). */
    List<String> tables(Connection connection) throws SQLException;

    /** What the database can do online (for the linter's safe-form rules). */
    default Capabilities capabilities() {
        return Capabilities.NONE;
    }

    /*
     * The parts: each one job, wired in one place by each dialect.
     */

    /** Reads live databases of this dialect into schemas. */
    Inspector inspector();

    /** Writes changes as this dialect's DDL. */
    DdlRenderer ddl();

    /** What its column types allow. */
    TypeRules types();

    /** How a change runs on a live database: its safe form and the hazards it carries. The default: as rendered, no hazard of its own. */
    default SafetyRules safety() {
        return SafetyRules.plain(ddl());
    }

    /** How it runs a migration in a transaction. */
    Transactions transactions();

    /** How it keeps two runs apart. */
    Locking locking();

    /** How this dialect observes a migration's locks ({@code godwit lint --trace}); empty where it cannot. */
    default Optional<dev.godwit.core.trace.LockTracer> lockTracer() {
        return Optional.empty();
    }

    /** The parts the planner writes a plan with. */
    default Rendering rendering() {
        return new Rendering(ddl(), types(), safety());
    }

    /**
     * What the dev database {@code settings} name is, when that can be told without starting it and
     * the same migrations always inspect the same there (an embedded server of a known build): part
     * of the key under which {@code diff} and {@code check} keep inspected schemas, so that a run
     * where neither side changed needs no dev database. Empty, the default: nothing is kept (a
     * {@code dev-url} server may be upgraded or changed behind its URL).
     */
    default java.util.Optional<String> devIdentity(DevSettings settings) {
        return java.util.Optional.empty();
    }

    /** The dev server {@code godwit dev start|stop|status} controls, where the dialect has one (an embedded server). */
    default java.util.Optional<KeptDevServer> keptDevServer() {
        return java.util.Optional.empty();
    }

    /** Opens the dev database described by the settings (nothing is started until it is first used). */
    DevDatabase devDatabase(DevSettings settings);

    /**
     * Makes a connection what a new one would be — no transaction open, no session setting, lock or
     * temporary object left — so that a fleet hands it to the next target on the same server.
     *
     * @return whether it could; if not, the caller closes the connection and opens a new one
     */
    default boolean resetSession(java.sql.Connection connection) throws java.sql.SQLException {
        return false;
    }

    /**
     * Keeps whatever server the dev databases start running until the handle is closed, so that many
     * dev databases in a row (one per target of a fleet) share one start. Nothing to keep: a no-op.
     */
    default AutoCloseable keepDevServer() {
        return () -> { };
    }
}
