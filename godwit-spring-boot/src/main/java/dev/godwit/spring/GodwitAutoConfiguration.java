package dev.godwit.spring;

import dev.godwit.api.Callback;
import dev.godwit.api.JavaMigration;
import dev.godwit.core.runner.Godwit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Migrates the application's DataSource on start-up, before JPA initializes ({@code godwit.enabled=false} turns it off).
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(Godwit.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "godwit", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(GodwitProperties.class)
public class GodwitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public GodwitMigrator godwitMigrator(DataSource dataSource, GodwitProperties properties,
                                         ObjectProvider<JavaMigration> javaMigrations, ObjectProvider<Callback> callbacks,
                                         ObjectProvider<TenantDataSources> tenantDataSources) {
        // Ordered as declared: a Callback bean's order decides which runs first at one event.
        return new GodwitMigrator(dataSource, properties, SpringJavaCode.of(dataSource, javaMigrations.orderedStream().toList(), callbacks.orderedStream().toList()),
                tenantDataSources.getIfAvailable());
    }

    /** The EntityManagerFactory waits for the migration, so Hibernate sees the migrated schema. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.persistence.EntityManagerFactory")
    static class JpaWaitsForGodwit extends EntityManagerFactoryDependsOnPostProcessor {
        JpaWaitsForGodwit() {
            super("godwitMigrator");
        }
    }
}
