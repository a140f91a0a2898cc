package dev.godwit.spring;

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
 * The tenant schemas of a schema-per-tenant app ({@code godwit.tenants.schemas-like}), migrated on
 * start-up after the shared schema: each a target of its own, through the app's pool, a few at a
 * time; a line per tenant in the log, and the start stopped when one failed.
 */
final class TenantMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(TenantMigrations.class);

    private TenantMigrations() {
    }

    static List<FleetRun.Outcome> migrate(DataSource dataSource, GodwitProperties properties, JavaCode code, String url) throws SQLException {
        GodwitProperties.Tenants tenants = properties.getTenants();
        try (MigrationsSource source = MigrationsSource.open(tenants.getLocations(), TenantMigrations.class.getClassLoader())) {
            if (!source.hasMigrations()) {
                throw new GodwitStartupException(Problem.of(ProblemCode.MIGRATIONS_DIRECTORY_MISSING,
                        "godwit.tenants.locations=" + tenants.getLocations() + " holds no migration, and godwit.tenants.schemas-like is set",
                        List.of(), "put the tenants' migrations in src/main/resources/" + tenants.getLocations().replaceFirst("^classpath:", "")
                                + ", or set godwit.tenants.locations to where they are"));
            }
            List<Target> targets;
            try (Connection connection = dataSource.getConnection()) {
                targets = SchemaTargets.like(connection, new ConnectionSpec(url, null, null, List.of()), tenants.getSchemasLike(), dataSource::getConnection);
            }
            GodwitConfig config = GodwitConfig.of(new ConnectionSpec(url, null, null, List.of()), source.directory())
                    .withSettings(new RunSettings(properties.getLockTimeout(), RunSettings.DEFAULTS.lockRetries(), properties.getLockWait()))
                    .withPlaceholders(new Placeholders(properties.getPlaceholders()))
                    .withCode(code);
            List<FleetRun.Outcome> outcomes = FleetRun.migrate(config, targets,
                    new MigrateOptions(null, false, properties.isOutOfOrder(), false, properties.isSkipLint()),
                    new FleetRun.Options(tenants.getParallel(), 0, 0), FleetRun.Progress.NONE);
            for (FleetRun.Outcome o : outcomes) {
                LOG.info("godwit: tenant {} {}{}", o.target().name(), o.state().code(),
                        o.problem() == null ? ", at version " + o.after().map(Object::toString).orElse("none") + " (" + o.applied() + " applied)"
                                : ": [" + o.problem().code().code() + "] " + source.named(o.problem().summary()));
            }
            List<FleetRun.Outcome> failed = outcomes.stream().filter(o -> o.state() == FleetRun.State.FAILED).toList();
            LOG.info("godwit: {} tenant schema(s) LIKE '{}': {} failed", outcomes.size(), tenants.getSchemasLike(), failed.size());
            if (!failed.isEmpty()) {
                throw new GodwitStartupException(Problem.of(ProblemCode.FLEET_FAILED, failed.size() + " of " + outcomes.size() + " tenant schema(s) failed",
                        failed.stream().limit(5).map(o -> o.target().name() + ": [" + o.problem().code().code() + "] " + source.named(o.problem().summary())).toList(),
                        "fix each failed tenant as its problem says (the log has a line per tenant), then start the app again: the others are done"));
            }
            return outcomes;
        }
    }
}
