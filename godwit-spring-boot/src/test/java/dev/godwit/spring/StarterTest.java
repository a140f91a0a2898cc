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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The starter as a new Spring Boot user meets it: DATABASE_URL, locations, and problems in Spring's words. */
class StarterTest {

    @TempDir
    Path dir;

    @BeforeEach
    void clearLog() {
        EventLog.SEEN.clear();
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties, String... args) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("logging.level.root", "WARN");
        SpringApplication application = new SpringApplication(ShopApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(all);
        return application.run(args);
    }

    private static GodwitStartupException startupFailure(Throwable e) {
        Throwable root = e;
        while (!(root instanceof GodwitStartupException) && root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(GodwitStartupException.class);
        return (GodwitStartupException) root;
    }

    @Test
    void databaseUrlInThePaasFormIsTheDataSourceWhenSpringHasNone() throws Exception {
        String jdbc = EmbeddedPostgresSupport.newDatabase();
        String paas = jdbc.replace("jdbc:postgresql://", "postgres://" + EmbeddedPostgresSupport.APP_USER + ":"
                + EmbeddedPostgresSupport.APP_PASSWORD.replace("-", "%2D") + "@");
        try (ConfigurableApplicationContext ignored = start(Map.of("godwit.locations", "classpath:db/shop"), "--DATABASE_URL=" + paas)) {
            try (Connection c = EmbeddedPostgresSupport.connect(jdbc); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM godwit_history), (SELECT tableowner FROM pg_tables WHERE tablename = 'orders')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getString(2)).as("connected as DATABASE_URL's user, its password decoded").startsWith(EmbeddedPostgresSupport.APP_USER);
            }
        }
    }

    @Test
    void aLocationThatDoesNotExistFailsTheStartInGodwitsWords() {
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        assertThatThrownBy(() -> start(Map.of("spring.datasource.url", url, "godwit.locations", "classpath:db/migration")))
                .satisfies(e -> {
                    GodwitStartupException failure = startupFailure(e);
                    assertThat(failure.problem().code().code()).isEqualTo("GW-E109");
                    assertThat(failure.problem().summary()).isEqualTo("godwit.locations=classpath:db/migration does not exist");
                    assertThat(failure.problem().next()).contains("src/main/resources/db/migration").contains("./mvnw godwit:diff");
                });
    }

    @Test
    void problemsNameTheLocationAndGiveSpringsAdviceAndNoTemporaryFolderIsLeft() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shop-migrations"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/db/shop"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        long before = temporaryCopies();
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        assertThatThrownBy(() -> start(Map.of("spring.datasource.url", url, "godwit.locations", "file:" + folder)))
                .satisfies(e -> {
                    GodwitStartupException failure = startupFailure(e);
                    assertThat(failure.problem().render()).contains("godwit.sum").contains("./mvnw godwit:hash");
                });
        assertThat(temporaryCopies()).as("no godwit-migrations-* folder left behind").isEqualTo(before);
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("godwit-migrations-")).count();
        }
    }

    @Test
    void theIdeKnowsEveryPropertyWithADescription() throws Exception {
        String metadata = Files.readString(Path.of("target/classes/META-INF/spring-configuration-metadata.json"));
        for (String property : new String[]{"godwit.enabled", "godwit.locations", "godwit.lock-timeout", "godwit.lock-wait", "godwit.schemas",
                "godwit.placeholders", "godwit.out-of-order", "godwit.skip-lint"}) {
            assertThat(metadata).contains("\"name\": \"" + property + "\"");
        }
        assertThat(metadata.split("\"name\": \"godwit\\.", -1).length - 1).as("every property")
                .isEqualTo(metadata.split("\"description\":", -1).length - 1);
    }
}
