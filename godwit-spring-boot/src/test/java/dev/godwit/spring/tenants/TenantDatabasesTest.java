package dev.godwit.spring.tenants;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import dev.godwit.spring.GodwitStartupException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Database per tenant: every database a routing DataSource (or a TenantDataSources bean) names is migrated on start-up. */
class TenantDatabasesTest {

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("logging.level.root", "WARN");
        all.put("godwit.locations", "classpath:db/shop-tenants");
        all.put("tenant.user", EmbeddedPostgresSupport.APP_USER);
        all.put("tenant.password", EmbeddedPostgresSupport.APP_PASSWORD);
        SpringApplication application = new SpringApplication(RoutingApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(all);
        return application.run();
    }

    private static int applied(String url) throws Exception {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'godwit_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM godwit_history WHERE success")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void everyDatabaseOfARoutingDataSourceIsMigratedAndABrokenOneStopsTheStartAfterTheOthers() throws Exception {
        Map<String, String> tenants = new LinkedHashMap<>();
        for (String name : new String[]{"acme", "globex", "initech"}) {
            tenants.put(name, EmbeddedPostgresSupport.newDatabase());
        }
        try (Connection c = EmbeddedPostgresSupport.connect(tenants.get("globex")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id integer)"); // a table but no history: godwit refuses to guess
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("tenant.names", String.join(",", tenants.keySet()));
        tenants.forEach((name, url) -> properties.put("tenant." + name + ".url", url));

        assertThatThrownBy(() -> start(properties)).satisfies(e -> {
            Throwable root = e;
            while (!(root instanceof GodwitStartupException) && root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).isInstanceOf(GodwitStartupException.class);
            assertThat(root.getMessage()).contains("GW-E413").contains("1 of 3 tenant database(s) failed");
            assertThat(((GodwitStartupException) root).problem().details()).singleElement().asString().startsWith("globex: [GW-E404]");
        });
        assertThat(applied(tenants.get("acme"))).isEqualTo(1);
        assertThat(applied(tenants.get("initech"))).isEqualTo(1);
        assertThat(applied(tenants.get("globex"))).isZero();

        try (Connection c = EmbeddedPostgresSupport.connect(tenants.get("globex")); Statement s = c.createStatement()) {
            s.execute("DROP TABLE notes");
        }
        try (ConfigurableApplicationContext ignored = start(properties)) {
            assertThat(tenants.values()).allSatisfy(url -> assertThat(applied(url)).isEqualTo(1));
        }
    }

    @Test
    void aTenantDataSourcesBeanNamesTheDatabasesWhenNoRoutingDataSourceDoes() throws Exception {
        String one = EmbeddedPostgresSupport.newDatabase();
        String two = EmbeddedPostgresSupport.newDatabase();
        Map<String, Object> properties = new HashMap<>();
        properties.put("tenant.names", "one");
        properties.put("tenant.bean", "true");
        properties.put("tenant.bean-names", "one,two");
        properties.put("tenant.one.url", one);
        properties.put("tenant.two.url", two);
        try (ConfigurableApplicationContext ignored = start(properties)) {
            assertThat(applied(one)).isEqualTo(1);
            assertThat(applied(two)).isEqualTo(1);
        }
    }
}
