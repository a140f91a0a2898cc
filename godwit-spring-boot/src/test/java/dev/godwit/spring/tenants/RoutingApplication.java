package dev.godwit.spring.tenants;

import dev.godwit.spring.TenantDataSources;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** A database-per-tenant app: its DataSource routes each request to its tenant's database (tenant.names, tenant.<name>.url). */
@SpringBootApplication
public class RoutingApplication {

    static DataSource database(Environment environment, String tenant) {
        return new DriverManagerDataSource(environment.getRequiredProperty("tenant." + tenant + ".url"),
                environment.getRequiredProperty("tenant.user"), environment.getRequiredProperty("tenant.password"));
    }

    @Bean
    DataSource dataSource(Environment environment) {
        AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {
            @Override
            protected Object determineCurrentLookupKey() {
                return null; // the tenant of the current request; none on start-up
            }
        };
        Map<Object, Object> tenants = new LinkedHashMap<>();
        for (String tenant : environment.getRequiredProperty("tenant.names").split(",")) {
            tenants.put(tenant, database(environment, tenant));
        }
        routing.setTargetDataSources(tenants);
        return routing;
    }

    /** Tenants given to godwit by a bean instead (tenant.bean=true): the app's DataSource is then a plain one. */
    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("tenant.bean")
    static class Bean_ {
        @Bean
        TenantDataSources tenantDataSources(Environment environment) {
            Map<String, DataSource> tenants = new LinkedHashMap<>();
            for (String tenant : environment.getRequiredProperty("tenant.bean-names").split(",")) {
                tenants.put(tenant, database(environment, tenant));
            }
            return () -> tenants;
        }
    }
}
