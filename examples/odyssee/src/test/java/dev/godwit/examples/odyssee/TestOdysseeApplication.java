package dev.godwit.examples.odyssee;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.util.Map;

/**
 * Odyssée for development, Spring Boot's test-application pattern: when DATABASE_URL is not set,
 * an embedded PostgreSQL started for this process (run.sh: {@code ./mvnw spring-boot:test-run}).
 * It lives in the tests, so the production jar holds no PostgreSQL binaries.
 */
public final class TestOdysseeApplication {

    private TestOdysseeApplication() {
    }

    public static void main(String[] args) throws IOException {
        SpringApplication application = new SpringApplication(OdysseeApplication.class);
        String databaseUrl = System.getenv("DATABASE_URL");
        if (databaseUrl == null || databaseUrl.isBlank()) {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // exiting
                }
            }));
            application.setDefaultProperties(Map.of("spring.datasource.url", embedded.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres"));
        }
        application.run(args);
    }
}
