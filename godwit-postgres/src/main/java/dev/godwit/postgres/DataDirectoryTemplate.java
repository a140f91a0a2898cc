package dev.godwit.postgres;

import dev.godwit.core.spi.CacheDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * An initialized data directory of the embedded PostgreSQL, kept in the cache once per major version
 * ({@code ~/.cache/godwit/postgres-17-data}), so that a dev server starts from a copy of it instead of
 * running {@code initdb} — most of a cold start. Made the first time by starting a server on a new
 * directory and stopping it; moved into place at once, so concurrent first runs do not see half of one.
 * Anything that goes wrong here falls back to {@code initdb}, as before. The copies live where zonky
 * keeps its data directories, so that one a killed process left (its lock file free, ten minutes old)
 * is swept by zonky at a later start, as its own are.
 */
final class DataDirectoryTemplate {

    private DataDirectoryTemplate() {
    }

    static Path template(String major) {
        return CacheDirectory.path().resolve("postgres-" + major + "-data");
    }

    /** A fresh copy of the template (made first if missing), or empty when it cannot be had. */
    static Optional<Path> copy(String major) {
        try {
            Path template = template(major);
            if (!usable(template, major)) {
                delete(template);
                make(template);
            }
            // Where zonky keeps its own data directories: one a killed process left behind is swept by the next start.
            Path working = Path.of(System.getProperty("ot.epg.working-dir", Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
            Files.createDirectories(working);
            Path copy = Files.createTempDirectory(working, "godwit-");
            copyTree(template, copy);
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A data directory of this major version, whole: what initdb leaves (a broken one would cost a failed start). */
    private static boolean usable(Path template, String major) throws IOException {
        Path version = template.resolve("PG_VERSION");
        return Files.isRegularFile(template.resolve("postgresql.conf")) && Files.isRegularFile(version)
                && Files.readString(version).strip().equals(major) && Files.isDirectory(template.resolve("global"))
                && Files.isDirectory(template.resolve("base"));
    }

    private static void make(Path template) throws IOException {
        Files.createDirectories(template.getParent());
        Path fresh = Files.createTempDirectory(template.getParent(), template.getFileName() + ".new-");
        try {
            EmbeddedPostgres.builder().setPgBinaryResolver(PostgresBinaries.INSTANCE).setDataDirectory(fresh).setCleanDataDirectory(false).start().close();
            Files.deleteIfExists(fresh.resolve("epg-lock"));
            Files.move(fresh, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(template.resolve("postgresql.conf"))) {
                throw e; // not another process's template that won the race
            }
        } finally {
            delete(fresh);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        // PostgreSQL refuses a data directory others may read.
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    /** Best effort: a scratch directory. */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left in the temporary folder
                }
            });
        } catch (IOException ignored) {
            // left in the temporary folder
        }
    }
}
