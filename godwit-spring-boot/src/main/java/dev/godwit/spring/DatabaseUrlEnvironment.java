package dev.godwit.spring;

import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.Redaction;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code DATABASE_URL}, as PaaS platforms give it ({@code postgres://user:pass@host:5432/db}),
 * as the app's DataSource when {@code spring.datasource.url} is not set: the JDBC URL, and the user
 * and password decoded, in {@code spring.datasource.*}. A property source of the lowest precedence:
 * anything the app sets wins.
 */
public class DatabaseUrlEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "godwit: DATABASE_URL";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("DATABASE_URL");
        if (url == null || url.isBlank() || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Map<String, Object> datasource = new LinkedHashMap<>();
        Optional<ConnectionSpec> spec;
        try {
            spec = url.startsWith("jdbc:") ? Optional.of(new ConnectionSpec(url, null, null, null)) : Dialects.fromPlatformUrl(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("godwit[GW-E106]: DATABASE_URL " + Redaction.url(url) + " is malformed: " + e.getMessage()
                    + "\n  next: use postgres://user:password@host:5432/database, or set spring.datasource.url");
        }
        if (spec.isEmpty()) {
            return; // a form no dialect reads: Spring's own configuration decides
        }
        datasource.put("spring.datasource.url", spec.get().url());
        if (spec.get().user() != null && !environment.containsProperty("spring.datasource.username")) {
            datasource.put("spring.datasource.username", spec.get().user());
        }
        if (spec.get().password() != null && !environment.containsProperty("spring.datasource.password")) {
            datasource.put("spring.datasource.password", spec.get().password().reveal());
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, datasource));
    }

    /** After the configuration files are read, so an app's own spring.datasource.url is seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
