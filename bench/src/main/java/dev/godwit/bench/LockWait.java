package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.RunSettings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 11's measurement: a long transaction holds a read lock on {@code trip} (as a report query
 * would) while `migrate` adds a column to it. The migration's ACCESS EXCLUSIVE request queues
 * behind that transaction, and every ordinary read of {@code trip} queues behind the request — for
 * as long as the migration waits. Reports the longest wait of an application reader that queries
 * the table in a loop, the migration's total time and its attempts.
 */
final class LockWait {

    /** How long the long transaction holds its lock. */
    static final Duration HOLD = Duration.ofSeconds(4);

    record Result(double longestReadMillis, double migrationMillis, int attempts, long reads) {
    }

    private LockWait() {
    }

    /** With {@code settings} (null: the ALTER run directly, without any lock_timeout, as a tool with none does). */
    static Result measure(String url, Path work, RunSettings settings) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE trip (id BIGINT PRIMARY KEY, title TEXT)");
            s.execute("INSERT INTO trip SELECT g, 'trip ' || g FROM generate_series(1, 10000) g");
        }
        Path migrations = Files.createDirectories(work.resolve("lock-wait-" + System.nanoTime()));
        Files.writeString(migrations.resolve("V1__note.sql"), "ALTER TABLE trip ADD COLUMN note TEXT;\n", StandardCharsets.UTF_8);
        LocalMigrations.rehash(migrations);
        GodwitConfig config = GodwitConfig.of(new ConnectionSpec(url, "postgres", null), migrations);
        AtomicInteger attempts = new AtomicInteger(1);
        Godwit godwit = new Godwit(settings == null ? config : config.withSettings(settings), new RunListener() {
            @Override
            public void retrying(MigrationScript script, int attempt, Duration delay, dev.godwit.core.message.Message reason) {
                attempts.incrementAndGet();
            }
        });
        if (settings != null) {
            // The history table exists before the measured run, as on any database godwit already manages.
            godwit.baseline(dev.godwit.core.migration.Version.parse("0"));
        }

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong longest = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, "postgres", null);
                 PreparedStatement read = c.prepareStatement("SELECT title FROM trip WHERE id = ?")) {
                while (running.get()) {
                    long start = System.nanoTime();
                    read.setLong(1, ThreadLocalRandom.current().nextLong(1, 10_000));
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                    }
                    longest.accumulateAndGet(System.nanoTime() - start, Math::max);
                    reads.incrementAndGet();
                    Thread.sleep(2);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection holder = DriverManager.getConnection(url, "postgres", null); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT count(*) FROM trip").close();
            reader.start();
            Thread.sleep(300);
            longest.set(0);
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(HOLD.toMillis());
                    holder.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long start = System.nanoTime();
            release.start();
            if (settings == null) {
                try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement alter = c.createStatement()) {
                    alter.execute("ALTER TABLE trip ADD COLUMN note TEXT");
                }
            } else {
                godwit.migrate(MigrateOptions.DEFAULT);
            }
            double took = (System.nanoTime() - start) / 1e6;
            release.join();
            Thread.sleep(200);
            running.set(false);
            reader.join();
            return new Result(longest.get() / 1e6, took, attempts.get(), reads.get());
        }
    }
}
