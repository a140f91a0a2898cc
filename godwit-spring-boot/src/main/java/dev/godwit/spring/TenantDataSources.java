package dev.godwit.spring;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The tenants' databases of a database-per-tenant app, each migrated on start-up with
 * {@code godwit.locations}, as a fleet: define a bean of this type when the tenants' pools are not the
 * targets of a Spring {@code AbstractRoutingDataSource} (those are found without it), e.g. behind
 * Hibernate's {@code MultiTenantConnectionProvider}.
 */
@FunctionalInterface
public interface TenantDataSources {

    /** @return each tenant's DataSource by the name the log and the report give it */
    Map<String, DataSource> dataSources();
}
