package dev.godwit.spring;

import dev.godwit.core.migration.MigrationLocation;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder {@code godwit.locations} names, as the engine reads it: in place (a directory, or a
 * plain jar of the class path), or, inside a Spring Boot jar, copied to a temporary folder that is
 * deleted when the run ends. Either way, problems name the location as the user wrote it.
 *
 * @param location  as written ({@code classpath:db/godwit})
 * @param directory the folder read; {@code null} when the location does not exist
 * @param copy      whether {@code directory} is a temporary copy, deleted by {@link #close()}
 */
record MigrationsSource(String location, Path directory, boolean copy) implements AutoCloseable {

    static MigrationsSource open(String location, ClassLoader loader) {
        String text = location.strip();
        if (text.startsWith("file:")) {
            return new MigrationsSource(location, Path.of(text.substring("file:".length())), false);
        }
        if (!text.startsWith("classpath:") && !text.startsWith("filesystem:")) {
            text = "classpath:" + text;
        }
        try {
            return new MigrationsSource(location, MigrationLocation.resolve(text, Path.of("").toAbsolutePath(), loader), false);
        } catch (GodwitException e) {
            if (loader.getResource(text.substring(text.indexOf(':') + 1).replaceAll("^/+|/+$", "")) == null) {
                return new MigrationsSource(location, null, false);
            }
            return copied(location, text.substring("classpath:".length()).replaceAll("^/+|/+$", ""), loader);
        }
    }

    /** Inside a Spring Boot jar (nested jars): Spring lists the folder; its files are copied out. */
    private static MigrationsSource copied(String location, String folder, ClassLoader loader) {
        Path target;
        try {
            target = Files.createTempDirectory("godwit-migrations-");
            Resource[] resources = new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + folder + "/*");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name == null || !resource.isReadable()) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(Path.of(folder), e);
        }
        return new MigrationsSource(location, target, true);
    }

    boolean exists() {
        return directory != null && Files.isDirectory(directory);
    }

    /** Whether it holds any migration file ({@code .sql}). */
    boolean hasMigrations() {
        if (!exists()) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".sql"));
        } catch (IOException e) {
            throw FileProblems.cannotRead(directory, e);
        }
    }

    /** A text of the engine with the folder named as the user wrote it. */
    String named(String text) {
        if (directory == null || text == null) {
            return text;
        }
        String folder = directory.toString();
        return text.replace(folder + "/", location + "/").replace(folder, location);
    }

    @Override
    public void close() {
        if (!copy || directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder that cannot be deleted is the system's to clean; the run's outcome stands.
        }
    }
}
