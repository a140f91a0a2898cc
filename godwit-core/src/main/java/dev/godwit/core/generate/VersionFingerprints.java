package dev.godwit.core.generate;

import dev.godwit.core.history.ForeignHistory;
import dev.godwit.core.migration.Checksum;
import dev.godwit.core.migration.JavaRun;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Version;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.sql.ScriptExecutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema fingerprint of every version as the migration files produce it: the files
 * replayed one by one on a dev database, inspected after each. Cached by the hash chain of the
 * files up to each version ({@code ~/.cache/godwit}, or {@code -Dgodwit.cache=DIR}), so a long
 * history is replayed once, not at every {@code status}.
 */
public final class VersionFingerprints {

    /** @param version the version, or {@code null} for "before the first migration" (the empty schema) */
    public record Point(Version version, String fingerprint) {
    }

    private VersionFingerprints() {
    }

    /** The fingerprint of a live or loaded schema, computed as for the points (other tools' history tables left out). */
    public static String of(Schema schema) {
        return schema.without(ForeignHistory.TABLES.keySet()).fingerprint();
    }

    public static List<Point> compute(LocalMigrations local, Dialect dialect, DevDatabase dev) throws SQLException {
        Map<String, String> cache = readCache(dialect);
        List<String> chains = new ArrayList<>();
        String chain = "";
        for (MigrationScript script : local.migrations().versioned()) {
            chain = Checksum.of(chain + local.checksum(script));
            chains.add(chain);
        }
        List<Point> points = new ArrayList<>();
        points.add(new Point(null, of(Schema.EMPTY)));
        if (chains.stream().allMatch(cache::containsKey)) {
            for (int i = 0; i < chains.size(); i++) {
                points.add(new Point(local.migrations().versioned().get(i).version(), cache.get(chains.get(i))));
            }
            return points;
        }
        try (Connection connection = dev.create()) {
            for (int i = 0; i < chains.size(); i++) {
                MigrationScript script = local.migrations().versioned().get(i);
                try {
                    ScriptExecutor.runMigration(connection, script, dialect.syntax(), local.placeholders());
                } catch (ScriptExecutor.StatementFailed | JavaRun.Failed failure) {
                    // A file that cannot run (a failed migration being fixed) ends the versions the files can produce.
                    break;
                }
                String fingerprint = of(dialect.inspector().inspect(connection));
                cache.put(chains.get(i), fingerprint);
                points.add(new Point(script.version(), fingerprint));
            }
        }
        writeCache(dialect, cache);
        return points;
    }

    /** The versions whose fingerprint is {@code fingerprint}, in order ({@code null} stands for "no migration"). */
    public static List<Optional<Version>> matching(List<Point> points, String fingerprint) {
        return points.stream().filter(p -> p.fingerprint().equals(fingerprint)).map(p -> Optional.ofNullable(p.version())).toList();
    }

    private static Path cacheFile(Dialect dialect) {
        // v2: fingerprints cover what the model does not hold (Schema.unmodelled); v1 files hold stale ones.
        return dev.godwit.core.spi.CacheDirectory.path().resolve("fingerprints-v2-" + dialect.name() + ".txt");
    }

    private static Map<String, String> readCache(Dialect dialect) {
        Map<String, String> cache = new HashMap<>();
        try {
            Path file = cacheFile(dialect);
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.split(" ");
                    if (parts.length == 2) {
                        cache.put(parts[0], parts[1]);
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // A cache that cannot be read is rebuilt.
        }
        return cache;
    }

    private static void writeCache(Dialect dialect, Map<String, String> cache) {
        try {
            Path file = cacheFile(dialect);
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder();
            cache.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
            Path temporary = Files.createTempFile(file.getParent(), "fingerprints", ".tmp");
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ignored) {
            // Without a cache the next run replays again; nothing is wrong.
        }
    }
}
