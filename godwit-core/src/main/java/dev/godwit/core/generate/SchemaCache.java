package dev.godwit.core.generate;

import dev.godwit.core.migration.Checksum;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.CacheDirectory;
import dev.godwit.core.spi.CodeStamp;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.DevSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Inspected schemas kept on disk ({@code ~/.cache/godwit/schemas-v1}) under a key naming all that
 * produced them: the dev database's build ({@link Dialect#devIdentity}), godwit's own build, and
 * the files replayed or loaded (their checksums, the placeholders). A {@code check} or a
 * {@code diff} whose two sides are both kept compares them without starting a dev database; any
 * change to a file, a setting or a jar is a new key, and the dev database runs as before.
 *
 * <p>Off when the key cannot name everything: a {@code dev-url} server, Java migrations (their
 * code is not a file), repeatable migrations (which objects each one owns is not kept), entities
 * as the model (Hibernate's completion of the schema is not a file either), or godwit run from
 * directories of classes (a build in progress); and with {@code -Dgodwit.schema-cache=off}.
 * A kept schema is read back only if it still has the fingerprint it was written with.
 */
final class SchemaCache {

    private static final String FORMAT = "schemas-v1";
    /** How many schemas are kept at most (two per project and build: a few hundred MB would be a leak). */
    static final int KEPT = 100;
    /** Only the schema model and the JDK collections it holds are read back. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=30;dev.godwit.core.schema.**;java.util.*;java.lang.*;!*");

    private final String identity;

    private SchemaCache(String identity) {
        this.identity = identity;
    }

    /** The cache of this dialect's dev database, or none when the key could not name the server or godwit's build. */
    static Optional<SchemaCache> of(Dialect dialect, DevSettings dev) {
        String setting = System.getProperty("godwit.schema-cache", "");
        if (setting.equals("off")) {
            return Optional.empty();
        }
        // "on" (tests) keeps schemas even for code read from directories; the cache folder is the test's own.
        Optional<String> core = setting.equals("on") ? Optional.of("classes") : CodeStamp.of(SchemaCache.class);
        Optional<String> implementation = setting.equals("on") ? Optional.of("classes") : CodeStamp.of(dialect.getClass());
        Optional<String> server = dialect.devIdentity(dev);
        if (core.isEmpty() || implementation.isEmpty() || server.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SchemaCache(String.join("\n", dialect.name(), core.get(), implementation.get(), server.get())));
    }

    /**
     * The key of what the migrations produce: every file's name and checksum in order, and the
     * placeholders' values; none with Java migrations (their code is not a file) or repeatable ones
     * (which objects each owns is not kept).
     */
    Optional<String> replayed(LocalMigrations local) {
        if (!local.code().migrations().isEmpty() || !local.migrations().repeatable().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder files = new StringBuilder("replayed\n").append(new java.util.TreeMap<>(local.placeholders().values())).append('\n');
        for (MigrationScript script : local.migrations().allScripts()) {
            files.append(script.kind()).append(' ').append(script.fileName()).append(' ').append(local.checksum(script)).append('\n');
        }
        return Optional.of(Checksum.of(identity + "\n" + files));
    }

    /** The key of what a declarative schema file produces. */
    String declared(Path file) {
        return Checksum.of(identity + "\ndeclared\n" + file.getFileName() + " " + Checksum.of(file));
    }

    Optional<Schema> read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(FILTER);
            String fingerprint = (String) objects.readObject();
            Schema schema = (Schema) objects.readObject();
            return fingerprint.equals(schema.fingerprint()) ? Optional.of(schema) : Optional.empty();
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            // Unreadable, or written by another build of the model: recomputed, and written anew.
            return Optional.empty();
        }
    }

    /** Best effort: a cache that cannot be written costs the next run its dev database, nothing else. */
    void write(String key, Schema schema) {
        Path file = file(key);
        Path partial = null;
        try {
            Files.createDirectories(file.getParent());
            partial = Files.createTempFile(file.getParent(), key, ".partial");
            try (OutputStream out = Files.newOutputStream(partial); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(schema.fingerprint());
                objects.writeObject(schema);
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(file.getParent());
        } catch (IOException | RuntimeException e) {
            try {
                if (partial != null) {
                    Files.deleteIfExists(partial);
                }
            } catch (IOException ignored) {
                // the folder is ours; a leftover .partial is never read
            }
        }
    }

    /** Every build and every edit makes new keys: the oldest files beyond {@link #KEPT} go. */
    private static void prune(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".ser")).toList();
        }
        if (files.size() <= KEPT) {
            return;
        }
        List<Path> oldestFirst = new ArrayList<>(files);
        oldestFirst.sort(Comparator.comparing(SchemaCache::modified));
        for (Path old : oldestFirst.subList(0, files.size() - KEPT)) {
            Files.deleteIfExists(old);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static Path file(String key) {
        return CacheDirectory.path().resolve(FORMAT).resolve(key + ".ser");
    }
}
