package dev.godwit.spring;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.MigrateResult;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Migrates the application's DataSource when the bean is created — before the
 * EntityManagerFactory, which depends on it. Several instances starting at once are safe: the
 * run lock of the database serializes them, and the ones that wait find nothing left to do.
 */
public class GodwitMigrator implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(GodwitMigrator.class);

    private final DataSource dataSource;
    private final GodwitProperties properties;
    private final JavaCode code;
    private final TenantDataSources tenantDataSources;
    private MigrateResult result;

    public GodwitMigrator(DataSource dataSource, GodwitProperties properties) {
        this(dataSource, properties, JavaCode.NONE);
    }

    /** @param code the app's Java migrations and callbacks (its beans) */
    public GodwitMigrator(DataSource dataSource, GodwitProperties properties, JavaCode code) {
        this(dataSource, properties, code, null);
    }

    /** @param tenantDataSources a database-per-tenant app's tenant databases, or {@code null} (then a routing DataSource's are used) */
    public GodwitMigrator(DataSource dataSource, GodwitProperties properties, JavaCode code, TenantDataSources tenantDataSources) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.code = code;
        this.tenantDataSources = tenantDataSources;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        String location = properties.getLocations();
        java.util.Map<String, DataSource> databases = TenantMigrations.databases(dataSource, tenantDataSources);
        if (!databases.isEmpty()) {
            // Database per tenant: every tenant's database holds the whole schema; a routing DataSource's own connection is one tenant's.
            try (MigrationsSource source = MigrationsSource.open(location, getClass().getClassLoader())) {
                if (!source.hasMigrations()) {
                    refuseEmpty(source);
                    return;
                }
                TenantMigrations.migrateDatabases(databases, properties, source);
            }
            return;
        }
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        boolean tenants = properties.getTenants().getSchemasLike() != null;
        try (MigrationsSource source = MigrationsSource.open(location, getClass().getClassLoader())) {
            if (!source.hasMigrations()) {
                if (!tenants) {
                    refuseEmpty(source);
                    return;
                }
                LOG.info("godwit: godwit.locations={} holds no migration: only the tenant schemas are migrated", location);
            } else {
                migrateShared(source, url);
            }
        }
        if (tenants) {
            // The app's Java migration and callback beans belong to the shared schema's run, not to every tenant's.
            TenantMigrations.migrate(dataSource, properties, JavaCode.NONE, url);
        }
    }

    private void migrateShared(MigrationsSource source, String url) {
        String location = source.location();
        GodwitConfig config = GodwitConfig.of(new ConnectionSpec(url, null, null, properties.getSchemas()), source.directory())
                    .withSettings(new RunSettings(properties.getLockTimeout(), RunSettings.DEFAULTS.lockRetries(), properties.getLockWait()))
                    .withPlaceholders(new dev.godwit.core.migration.Placeholders(properties.getPlaceholders()))
                    .withCode(code);
            try {
                result = new Godwit(config, new RunListener() {
                    @Override
                    public void waiting(String holder) {
                        LOG.info("godwit: waiting for the migration lock, held by {}", holder);
                    }

                    @Override
                    public void warning(String text) {
                        LOG.warn("godwit: {}", source.named(text));
                    }
                }, dataSource::getConnection).migrate(new MigrateOptions(null, false, properties.isOutOfOrder(), false, properties.isSkipLint()));
            } catch (GodwitException e) {
                throw new GodwitStartupException(SpringAdvice.of(e.problem(), source), properties.language());
            }
        result.applied().forEach(m -> LOG.info("godwit: applied {}", m.fileName()));
        LOG.info("godwit: {} migrated; the database is at version {}", location, result.after().map(Object::toString).orElse("none"));
    }

    /**
     * No migration at the location: a mistake when the database already has history, or when the app
     * maps entities (Hibernate would meet no tables); otherwise said, and nothing is done.
     */
    private void refuseEmpty(MigrationsSource source) throws SQLException {
        boolean exists = source.exists();
        String what = exists ? "holds no migration" : "does not exist";
        boolean history = hasHistory();
        boolean entities = org.springframework.util.ClassUtils.isPresent("jakarta.persistence.Entity", getClass().getClassLoader());
        if (history || entities) {
            throw new GodwitStartupException(dev.godwit.core.problem.Problem.of(dev.godwit.core.problem.ProblemCode.MIGRATIONS_DIRECTORY_MISSING,
                    Message.of(exists ? "starter.location.empty" : "starter.location.missing", "location", source.location()),
                    java.util.List.of(Message.of(history ? "starter.location.has-history" : "starter.location.has-entities")),
                    Message.of("starter.location.next", "folder", folder(source.location()))), properties.language());
        }
        LOG.warn("godwit: godwit.locations={} {}: nothing to migrate", source.location(), what);
    }

    private static String folder(String location) {
        return location.replaceFirst("^(classpath|filesystem|file):", "").replaceAll("^/+|/+$", "");
    }

    private boolean hasHistory() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String name : new String[]{"godwit_history", "GODWIT_HISTORY"}) {
                try (java.sql.ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** What the start-up migration did (null before it ran). */
    public MigrateResult result() {
        return result;
    }
}
