package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.api.Callback;
import dev.godwit.api.JavaMigration;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.migration.MigrationLocation;
import dev.godwit.core.migration.Placeholders;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Secret;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run configured in code, in the spirit of Flyway's:
 *
 * <pre>{@code
 * MigrateResult result = Godwit.configure()
 *         .dataSource("jdbc:postgresql://localhost/odyssee", "odyssee", password)
 *         .locations("classpath:db/godwit")
 *         .load()
 *         .migrate();
 * }</pre>
 *
 * Every setting has the default the command line has; {@link #load()} checks what was given.
 */
public final class GodwitBuilder {

    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private String location = "classpath:db/godwit";
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
            ? Thread.currentThread().getContextClassLoader() : GodwitBuilder.class.getClassLoader();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final List<JavaMigration> javaMigrations = new ArrayList<>();
    private final List<Callback> callbacks = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private RunSettings settings = RunSettings.DEFAULTS;
    private RunListener listener = RunListener.SILENT;

    GodwitBuilder() {
    }

    /** The database, by JDBC URL ({@code jdbc:postgresql://…}, {@code jdbc:sqlite:…}) and credentials ({@code null} for none). */
    public GodwitBuilder dataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = null;
        return this;
    }

    /** The database, through the application's pool: each operation borrows one connection and gives it back. */
    public GodwitBuilder dataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        this.url = null;
        return this;
    }

    /**
     * Where the migrations are: {@code classpath:db/godwit} (the default; read in place, from a
     * directory or a jar), {@code filesystem:migrations} or a path.
     */
    public GodwitBuilder locations(String location) {
        this.location = location;
        return this;
    }

    /** The class loader {@code classpath:} locations are read from (the thread's by default). */
    public GodwitBuilder classLoader(ClassLoader loader) {
        this.classLoader = loader;
        return this;
    }

    /** The value of {@code ${name}} in migrations. */
    public GodwitBuilder placeholder(String name, String value) {
        placeholders.put(name, value);
        return this;
    }

    public GodwitBuilder placeholders(Map<String, String> values) {
        placeholders.putAll(values);
        return this;
    }

    /** The schemas godwit manages (PostgreSQL); the first holds its history. */
    public GodwitBuilder schemas(String... names) {
        schemas.addAll(List.of(names));
        return this;
    }

    public GodwitBuilder javaMigrations(JavaMigration... migrations) {
        javaMigrations.addAll(List.of(migrations));
        return this;
    }

    public GodwitBuilder callbacks(Callback... given) {
        callbacks.addAll(List.of(given));
        return this;
    }

    /** How long one attempt of a migration waits for a table lock (400 ms by default), and for the run lock (10 min). */
    public GodwitBuilder lockTimeouts(Duration tableLock, Duration runLock) {
        settings = new RunSettings(tableLock, settings.lockRetries(), runLock);
        return this;
    }

    /** Who hears about the run's progress (nothing by default). */
    public GodwitBuilder listener(RunListener value) {
        this.listener = value;
        return this;
    }

    /**
     * The configured godwit: {@code migrate()}, {@code status()}, {@code validate()}, {@code undo()}…
     *
     * @throws GodwitException (GW-E104) when no database was given, (GW-E109) when the location is on no class path entry
     */
    public Godwit load() {
        if (url == null && dataSource == null) {
            throw GodwitException.of(ProblemCode.NO_DATABASE_URL, Message.of("run.no-database-url-3"), Message.of("run.no-database-url-3.next"));
        }
        Path migrations = MigrationLocation.resolve(location, Path.of("").toAbsolutePath(), classLoader);
        String jdbcUrl = url != null ? url : urlOf(dataSource);
        GodwitConfig config = GodwitConfig.of(new ConnectionSpec(jdbcUrl, user, password == null ? null : new Secret(password), schemas), migrations)
                .withSettings(settings)
                .withPlaceholders(new Placeholders(placeholders))
                .withCode(new JavaCode(javaMigrations, callbacks));
        return dataSource == null ? new Godwit(config, listener) : new Godwit(config, listener, dataSource::getConnection);
    }

    /**
     * A fleet of databases configured as this one is (migrations, placeholders, Java code, settings):
     * {@code Godwit.configure().locations("classpath:db/godwit").fleet(Map.of("acme", acmeDataSource, …)).migrate(4)}.
     *
     * @param dataSources by the name reports give each
     */
    public Fleet fleet(Map<String, DataSource> dataSources) {
        Path migrations = MigrationLocation.resolve(location, Path.of("").toAbsolutePath(), classLoader);
        List<dev.godwit.core.fleet.Target> targets = new ArrayList<>();
        dataSources.forEach((name, pool) -> targets.add(new dev.godwit.core.fleet.Target(name,
                new ConnectionSpec(urlOf(pool), null, null, schemas), pool::getConnection)));
        GodwitConfig config = GodwitConfig.of(targets.isEmpty() ? new ConnectionSpec(null, null, null, schemas) : targets.get(0).connection(), migrations)
                .withSettings(settings).withPlaceholders(new Placeholders(placeholders)).withCode(new JavaCode(javaMigrations, callbacks));
        return new Fleet(config, targets);
    }

    /** A fleet the builder configured: {@link #migrate(int)} migrates every target, {@code parallel} at once. */
    public record Fleet(GodwitConfig config, List<dev.godwit.core.fleet.Target> targets) {

        /** The outcome of each target, in order; a failed target's problem is in its outcome, never thrown. */
        public List<dev.godwit.core.fleet.FleetRun.Outcome> migrate(int parallel) {
            return dev.godwit.core.fleet.FleetRun.migrate(config, targets, MigrateOptions.DEFAULT,
                    new dev.godwit.core.fleet.FleetRun.Options(parallel, 0, 0), dev.godwit.core.fleet.FleetRun.Progress.NONE);
        }
    }

    /** The pool's URL, which names the dialect. */
    private static String urlOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.CANNOT_CONNECT, Message.of("run.cannot-connect", "reason", e.getMessage()), Message.of("run.cannot-connect.next"));
        }
    }
}
