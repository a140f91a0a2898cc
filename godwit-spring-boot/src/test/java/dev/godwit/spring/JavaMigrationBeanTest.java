package dev.godwit.spring;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import dev.godwit.spring.shop.EventLog;
import dev.godwit.spring.shop.ShopApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Spring Boot app whose data migration is a bean using the app's repository: migrated on
 * start-up, between the SQL migrations, in its own transaction; and rolled back whole when it throws.
 */
class JavaMigrationBeanTest {

    @TempDir
    Path dir;

    @BeforeEach
    void clearLog() {
        EventLog.SEEN.clear();
    }

    @Test
    void theBeanNumbersTheOrdersBetweenV1AndV3OnSqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        try (ConfigurableApplicationContext ignored = start(url, null, null, false)) {
            assertMigrated(url, null, null);
        }
    }

    @Test
    void theBeanNumbersTheOrdersBetweenV1AndV3OnPostgres() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (ConfigurableApplicationContext ignored = start(url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD, false)) {
            assertMigrated(url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD);
        }
        try (ConfigurableApplicationContext ignored = start(url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD, false)) {
            assertThat(rows(url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD, "SELECT count(*) FROM godwit_history"))
                    .as("a second start applies nothing").containsExactly("3");
        }
    }

    @Test
    void aBeanThatThrowsStopsTheStartAndLeavesNothingOfItsWork() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("failing.db");
        assertThatThrownBy(() -> start(url, null, null, true)).hasStackTraceContaining("GW-E412")
                .satisfies(e -> {
                    Throwable root = e;
                    while (!(root instanceof GodwitStartupException) && root.getCause() != null) {
                        root = root.getCause();
                    }
                    assertThat(root).isInstanceOf(GodwitStartupException.class);
                    assertThat(((GodwitStartupException) root).problem().summary())
                            .contains("Java migration dev.godwit.spring.shop.V2__Number_orders (V2, Number orders) failed");
                    assertThat(((GodwitStartupException) root).problem().details())
                            .anySatisfy(d -> assertThat(d).contains("IllegalStateException: the numbering service is down"));
                });
        assertThat(rows(url, null, null, "SELECT count(*) FROM orders WHERE number IS NOT NULL"))
                .as("the two orders numbered before it threw were rolled back with it").containsExactly("0");
        assertThat(rows(url, null, null, "SELECT version FROM godwit_history ORDER BY installed_rank")).containsExactly("1");
        assertThat(EventLog.SEEN).contains("afterMigrateError").doesNotContain("afterMigrate");
    }

    private static void assertMigrated(String url, String user, String password) throws SQLException {
        assertThat(rows(url, user, password, "SELECT number FROM orders ORDER BY id")).containsExactly("ODY-00007", "ODY-00014", "ODY-00021");
        assertThat(rows(url, user, password, "SELECT version || ' ' || script FROM godwit_history ORDER BY installed_rank")).containsExactly(
                "1 V1__orders.sql", "2 dev.godwit.spring.shop.V2__Number_orders", "3 V3__unique_order_numbers.sql");
        assertThat(EventLog.SEEN).containsExactly("beforeMigrate",
                "beforeEachMigrate V1__orders.sql", "afterEachMigrate V1__orders.sql",
                "beforeEachMigrate dev.godwit.spring.shop.V2__Number_orders", "afterEachMigrate dev.godwit.spring.shop.V2__Number_orders",
                "beforeEachMigrate V3__unique_order_numbers.sql", "afterEachMigrate V3__unique_order_numbers.sql",
                "afterMigrate");
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, boolean failHalfway) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        if (user != null) {
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
        }
        properties.put("godwit.locations", "classpath:db/shop");
        properties.put("shop.fail-halfway", String.valueOf(failHalfway));
        properties.put("logging.level.root", "WARN");
        SpringApplication application = new SpringApplication(ShopApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(properties);
        return application.run();
    }

    private static List<String> rows(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
