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
    void everyTenantSchemaIsMigratedOnStartUpWithItsOwnHistory() throws Exception {
        String jdbc = EmbeddedPostgresSupport.newDatabase();
        try (Connection c = EmbeddedPostgresSupport.connect(jdbc); Statement s = c.createStatement()) {
            for (String tenant : new String[]{"tenant_acme", "tenant_globex", "tenant_initech"}) {
                s.execute("CREATE SCHEMA " + tenant + " AUTHORIZATION " + EmbeddedPostgresSupport.APP_USER);
            }
            s.execute("CREATE SCHEMA archive AUTHORIZATION " + EmbeddedPostgresSupport.APP_USER);
        }
        Map<String, Object> properties = Map.of("spring.datasource.url", jdbc, "spring.datasource.username", EmbeddedPostgresSupport.APP_USER,
                "spring.datasource.password", EmbeddedPostgresSupport.APP_PASSWORD, "godwit.locations", "classpath:db/shop",
                "godwit.tenants.schemas-like", "tenant_%", "godwit.tenants.locations", "classpath:db/shop-tenants");
        try (ConfigurableApplicationContext ignored = start(properties)) {
            try (Connection c = EmbeddedPostgresSupport.connect(jdbc); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT string_agg(schemaname || '.' || tablename, ',' ORDER BY schemaname, tablename) FROM pg_tables"
                         + " WHERE schemaname LIKE 'tenant%' OR schemaname = 'archive'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("tenant_acme.godwit_history,tenant_acme.notes,tenant_globex.godwit_history,tenant_globex.notes,"
                        + "tenant_initech.godwit_history,tenant_initech.notes");
            }
            try (Connection c = EmbeddedPostgresSupport.connect(jdbc); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM public.godwit_history")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the shared schema migrated from godwit.locations").isEqualTo(3);
            }
        }
        try (Connection c = EmbeddedPostgresSupport.connect(jdbc); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA tenant_umbrella AUTHORIZATION " + EmbeddedPostgresSupport.APP_USER);
            s.execute("CREATE TABLE tenant_umbrella.notes (id integer)");
        }
        assertThatThrownBy(() -> start(properties)).satisfies(e -> {
            GodwitStartupException failure = startupFailure(e);
            assertThat(failure.problem().code().code()).isEqualTo("GW-E413");
            assertThat(failure.problem().summary()).isEqualTo("1 of 4 tenant schema(s) failed");
            assertThat(failure.problem().details()).singleElement().asString().startsWith("tenant_umbrella: [GW-E404]");
        });
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

    @Test
    void aRefusedStartIsExplainedInFrenchWhenGodwitLangSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("orders"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/db/shop"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        dev.godwit.core.migration.LocalMigrations.rehash(folder);
        String url = "jdbc:sqlite:" + dir.resolve("orders.db");
        Map<String, Object> properties = Map.of("spring.datasource.url", url, "godwit.locations", "file:" + folder, "godwit.lang", "fr");
        start(properties).close();
        Files.writeString(folder.resolve("V1__orders.sql"), Files.readString(folder.resolve("V1__orders.sql")) + "-- edited after it ran\n");
        dev.godwit.core.migration.LocalMigrations.rehash(folder);

        assertThatThrownBy(() -> start(properties)).satisfies(e -> {
            GodwitStartupException failure = startupFailure(e);
            assertThat(failure.problem().code().code()).isEqualTo("GW-E500");
            assertThat(failure.getMessage()).as("the log line stays English").contains("was applied with checksum");
            org.springframework.boot.diagnostics.FailureAnalysis analysis = new GodwitFailureAnalyzer().analyze(e);
            assertThat(analysis.getDescription()).startsWith("godwit[GW-E500] : V1 (orders) a été appliquée avec la somme de contrôle")
                    .contains("\n  appliquée le ");
            assertThat(analysis.getAction()).startsWith("remettez le fichier tel qu'il a été exécuté").contains("`godwit recover 1`");
        });
        Map<String, Object> english = new HashMap<>(properties);
        english.put("godwit.lang", "en");
        assertThatThrownBy(() -> start(english)).satisfies(e ->
                assertThat(new GodwitFailureAnalyzer().analyze(e).getDescription()).startsWith("godwit[GW-E500]: V1 (orders) was applied with checksum"));
    }

    @Test
    void springsWordsReplaceTheCommandLinesInEitherLanguage() {
        assertThat(SpringAdvice.words(dev.godwit.core.message.Language.ENGLISH, "run `godwit migrate` again; if it fails"))
                .isEqualTo("start the app again; if it fails");
        assertThat(SpringAdvice.words(dev.godwit.core.message.Language.FRENCH, "relancez `godwit migrate` ; si l'échec se répète"))
                .isEqualTo("redémarrez l'application ; si l'échec se répète");
        assertThat(SpringAdvice.words(dev.godwit.core.message.Language.FRENCH, "puis lancez `godwit hash`"))
                .isEqualTo("puis lancez `./mvnw godwit:hash` (ou `godwit hash` en ligne de commande)");
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("godwit-migrations-")).count();
        }
    }

    @Test
    void theIdeKnowsEveryPropertyWithADescription() throws Exception {
        String all = Files.readString(Path.of("target/classes/META-INF/spring-configuration-metadata.json"));
        // The properties, not the groups (godwit, godwit.tenants) that hold them.
        String metadata = all.substring(all.indexOf("\"properties\""));
        for (String property : new String[]{"godwit.enabled", "godwit.locations", "godwit.lock-timeout", "godwit.lock-wait", "godwit.schemas",
                "godwit.placeholders", "godwit.out-of-order", "godwit.skip-lint", "godwit.tenants.schemas-like", "godwit.tenants.locations",
                "godwit.tenants.parallel", "godwit.lang"}) {
            int at = metadata.indexOf("\"name\": \"" + property + "\"");
            assertThat(at).as(property + " is in the metadata").isNotNegative();
            int next = metadata.indexOf("\"name\":", at + 1);
            assertThat(metadata.substring(at, next < 0 ? metadata.length() : next)).as(property + " has a description").contains("\"description\":");
        }
        for (int at = metadata.indexOf("\"name\": \"godwit."); at >= 0; at = metadata.indexOf("\"name\": \"godwit.", at + 1)) {
            int next = metadata.indexOf("\"name\":", at + 1);
            assertThat(metadata.substring(at, next < 0 ? metadata.length() : next)).as("every godwit.* entry has a description").contains("\"description\":");
        }
    }
}
