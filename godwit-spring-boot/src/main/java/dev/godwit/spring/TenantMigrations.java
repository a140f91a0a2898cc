package dev.godwit.spring;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.fleet.FleetRun;
import dev.godwit.core.fleet.SchemaTargets;
import dev.godwit.core.fleet.Target;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.migration.Placeholders;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tenants of a multi-tenant app, migrated on start-up as a fleet: the tenant schemas of a
 * schema-per-tenant app ({@code godwit.tenants.schemas-like}, after the shared schema), or the tenant
 * databases of a database-per-tenant one. Each is a target of its own, through the app's pools, a few
 * at a time; a line per tenant in the log, and the start stopped when one failed.
 */
final class TenantMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(TenantMigrations.class);

    private TenantMigrations() {
    }

    static List<FleetRun.Outcome> migrate(DataSource dataSource, GodwitProperties properties, JavaCode code, String url) throws SQLException {
        GodwitProperties.Tenants tenants = properties.getTenants();
        try (MigrationsSource source = MigrationsSource.open(tenants.getLocations(), TenantMigrations.class.getClassLoader())) {
            if (!source.hasMigrations()) {
                throw new GodwitStartupException(Problem.of(ProblemCode.MIGRATIONS_DIRECTORY_MISSING, Message.of("starter.migrations-directory-missing", "locations", tenants.getLocations()), List.of(), Message.of("starter.migrations-directory-missing.next", "folder", tenants.getLocations().replaceFirst("^classpath:", ""))));
            }
            List<Target> targets;
            try (Connection connection = dataSource.getConnection()) {
                targets = SchemaTargets.like(connection, new ConnectionSpec(url, null, null, List.of()), tenants.getSchemasLike(), dataSource::getConnection);
            }
            return run(targets, url, source, properties, code, "tenant schema(s)", " LIKE '" + tenants.getSchemasLike() + "'");
        }
    }

    /**
     * The tenant databases of a database-per-tenant app, each migrated with {@code godwit.locations}:
     * the DataSources of a {@link TenantDataSources} bean, else those an {@code AbstractRoutingDataSource}
     * routes to (its default one too, when it is not one of them).
     *
     * @return empty when the app has no tenant databases
     */
    static java.util.Map<String, DataSource> databases(DataSource dataSource, TenantDataSources bean) {
        if (bean != null) {
            return new java.util.LinkedHashMap<>(bean.dataSources());
        }
        java.util.Map<String, DataSource> routed = new java.util.LinkedHashMap<>();
        if (org.springframework.util.ClassUtils.isPresent("org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource", TenantMigrations.class.getClassLoader())
                && dataSource instanceof org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource routing) {
            routing.getResolvedDataSources().forEach((key, target) -> routed.put(String.valueOf(key), target));
            DataSource fallback = routing.getResolvedDefaultDataSource();
            if (fallback != null && routed.values().stream().noneMatch(d -> d == fallback)) {
                routed.put("default", fallback);
            }
        }
        return routed;
    }

    static List<FleetRun.Outcome> migrateDatabases(java.util.Map<String, DataSource> databases, GodwitProperties properties, MigrationsSource source) throws SQLException {
        List<Target> targets = new java.util.ArrayList<>();
        String first = null;
        for (java.util.Map.Entry<String, DataSource> tenant : databases.entrySet()) {
            String url;
            try (Connection connection = tenant.getValue().getConnection()) {
                url = connection.getMetaData().getURL();
            }
            first = first == null ? url : first;
            targets.add(new Target(tenant.getKey(), new ConnectionSpec(url, null, null, properties.getSchemas()), tenant.getValue()::getConnection));
        }
        return run(targets, first, source, properties, JavaCode.NONE, "tenant database(s)", "");
    }

    /** Migrates the targets as a fleet, a line per tenant in the log, and stops the start when one failed. */
    /** @param what the targets, as the failure names them; @param which how the log's summary tells them */
    private static List<FleetRun.Outcome> run(List<Target> targets, String url, MigrationsSource source, GodwitProperties properties, JavaCode code,
                                              String what, String which) {
        GodwitConfig config = GodwitConfig.of(new ConnectionSpec(url, null, null, List.of()), source.directory())
                .withSettings(new RunSettings(properties.getLockTimeout(), RunSettings.DEFAULTS.lockRetries(), properties.getLockWait()))
                .withPlaceholders(new Placeholders(properties.getPlaceholders()))
                .withCode(code);
        List<FleetRun.Outcome> outcomes = FleetRun.migrate(config, targets,
                new MigrateOptions(null, false, properties.isOutOfOrder(), false, properties.isSkipLint()),
                new FleetRun.Options(properties.getTenants().getParallel(), 0, 0), FleetRun.Progress.NONE);
        for (FleetRun.Outcome o : outcomes) {
            LOG.info("godwit: tenant {} {}{}", o.target().name(), o.state().code(),
                    o.problem() == null ? ", at version " + o.after().map(Object::toString).orElse("none") + " (" + o.applied() + " applied)"
                            : ": [" + o.problem().code().code() + "] " + source.named(o.problem().summary()));
        }
        List<FleetRun.Outcome> failed = outcomes.stream().filter(o -> o.state() == FleetRun.State.FAILED).toList();
        LOG.info("godwit: {} {}{}: {} failed", outcomes.size(), what, which, failed.size());
        if (!failed.isEmpty()) {
            throw new GodwitStartupException(Problem.of(ProblemCode.FLEET_FAILED,
                    Message.of(what.contains("schema") ? "starter.tenants.failed.schemas" : "starter.tenants.failed.databases",
                            "failed", failed.size(), "count", outcomes.size()),
                    failed.stream().limit(5).map(o -> Message.of("starter.tenants.failed.item", "tenant", o.target().name(), "code", o.problem().code().code(),
                            "summary", SpringAdvice.of(o.problem(), source).summaryMessage())).toList(),
                    Message.of("starter.tenants.failed.next")), properties.language());
        }
        return outcomes;
    }
}
