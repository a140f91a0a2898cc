package dev.godwit.examples.odyssee;

import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Odyssée: trips and their invoices as PDF. On the PostgreSQL named by DATABASE_URL when it is
 * set (the PaaS convention), else on an embedded PostgreSQL — the same database as in
 * production, so one set of migrations serves both. godwit migrates it on start-up.
 */
@SpringBootApplication
public class OdysseeApplication {

    public static void main(String[] args) throws IOException {
        SpringApplication application = new SpringApplication(OdysseeApplication.class);
        application.setDefaultProperties(database(System.getenv("DATABASE_URL")));
        application.run(args);
    }

    /** spring.datasource.* from DATABASE_URL, or from an embedded PostgreSQL started for this process. */
    static Map<String, Object> database(String databaseUrl) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            ConnectionSpec spec = databaseUrl.startsWith("jdbc:") ? new ConnectionSpec(databaseUrl, null, null)
                    : Dialects.fromPlatformUrl(databaseUrl).orElseThrow(() -> new IllegalArgumentException("DATABASE_URL is not a PostgreSQL URL"));
            properties.put("spring.datasource.url", spec.url());
            if (spec.user() != null) {
                properties.put("spring.datasource.username", spec.user());
            }
            if (spec.password() != null) {
                properties.put("spring.datasource.password", spec.password().reveal());
            }
            return properties;
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // exiting
            }
        }));
        properties.put("spring.datasource.url", embedded.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        return properties;
    }
}
