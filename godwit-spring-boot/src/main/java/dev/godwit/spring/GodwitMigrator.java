package dev.godwit.spring;

import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.MigrateResult;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Migrates the application's DataSource when the bean is created — before the
 * EntityManagerFactory, which depends on it. Several instances starting at once are safe: the
 * run lock of the database serializes them, and the ones that wait find nothing left to do.
 */
public class GodwitMigrator implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(GodwitMigrator.class);

    private final DataSource dataSource;
    private final GodwitProperties properties;
    private final JavaCode code;
    private MigrateResult result;

    public GodwitMigrator(DataSource dataSource, GodwitProperties properties) {
        this(dataSource, properties, JavaCode.NONE);
    }

    /** @param code the app's Java migrations and callbacks (its beans) */
    public GodwitMigrator(DataSource dataSource, GodwitProperties properties, JavaCode code) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.code = code;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        Path migrations = migrationsFolder();
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        GodwitConfig config = GodwitConfig.of(new ConnectionSpec(url, null, null, properties.getSchemas()), migrations)
                .withSettings(new RunSettings(properties.getLockTimeout(), RunSettings.DEFAULTS.lockRetries(), properties.getLockWait()))
                .withPlaceholders(new dev.godwit.core.migration.Placeholders(properties.getPlaceholders()))
                .withCode(code);
        try {
            result = new Godwit(config, new RunListener() {
                @Override
                public void waiting(String holder) {
                    LOG.info("godwit: waiting for the migration lock, held by {}", holder);
                }

                @Override
                public void warning(String text) {
                    LOG.warn("godwit: {}", text);
                }
            }, dataSource::getConnection).migrate(MigrateOptions.DEFAULT);
        } catch (GodwitException e) {
            throw new GodwitStartupException(e.problem());
        }
        result.applied().forEach(m -> LOG.info("godwit: applied {}", m.fileName()));
        LOG.info("godwit: the database is at version {}", result.after().map(Object::toString).orElse("none"));
    }

    /** What the start-up migration did (null before it ran). */
    public MigrateResult result() {
        return result;
    }

    /** Migrations on the class path may sit in a jar: copy them to a folder godwit can read. */
    private Path migrationsFolder() throws IOException {
        String location = properties.getLocations();
        if (location.startsWith("file:")) {
            return Path.of(location.substring("file:".length()));
        }
        String folder = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        folder = folder.replaceAll("^/+|/+$", "");
        Path target = Files.createTempDirectory("godwit-migrations-");
        target.toFile().deleteOnExit();
        Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources("classpath*:" + folder + "/*");
        for (Resource resource : resources) {
            String name = resource.getFilename();
            if (name == null || !resource.isReadable()) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw FileProblems.cannotRead(target.resolve(name), e);
            }
        }
        if (resources.length == 0) {
            LocalMigrations.rehash(target);
        }
        return target;
    }
}
