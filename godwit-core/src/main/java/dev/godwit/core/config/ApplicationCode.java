package dev.godwit.core.config;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.JavaClasses;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java migrations and callbacks of {@code java-migrations=}, loaded from {@code classpath=}:
 * for the CLI and the Maven plugin (the Spring Boot starter takes beans instead).
 */
public final class ApplicationCode {

    private ApplicationCode() {
    }

    public static GodwitConfig load(GodwitConfig config) {
        GodwitConfig.ModelSettings model = config.model();
        if (model.javaMigrations().isEmpty()) {
            return config;
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : model.classpath()) {
            if (!Files.exists(entry)) {
                throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("config.java-migration-invalid", "entry", entry), Message.of("config.java-migration-invalid.next"));
            }
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("config.java-migration-invalid-2", "entry", entry, "reason", e.getMessage()), Message.of("config.java-migration-invalid-2.next"));
            }
        }
        // Left open: the migrations run with it, until the process ends.
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ApplicationCode.class.getClassLoader());
        return config.withCode(config.code().and(JavaClasses.find(loader, model.javaMigrations())));
    }
}
