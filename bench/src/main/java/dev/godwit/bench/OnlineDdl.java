package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.MigrationText;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.Version;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Planner;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 6's measurement: a million-row table under a writer that inserts and updates in a loop,
 * while NOT NULL, a foreign key and an index are added — naively, then as godwit generates them.
 * Reports the longest time one write waited.
 */
final class OnlineDdl {

    private OnlineDdl() {
    }

    /** @return {naive longest wait ms, godwit longest wait ms, naive total ms, godwit total ms} */
    static double[] measure(String naiveUrl, String safeUrl, Path work, int rows) throws Exception {
        fill(naiveUrl, rows);
        fill(safeUrl, rows);
        double[] naive = underWrites(naiveUrl, () -> {
            try (Connection c = DriverManager.getConnection(naiveUrl, "postgres", null); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE trip ALTER COLUMN title SET NOT NULL");
                s.execute("ALTER TABLE trip ADD CONSTRAINT trip_dest_id_fkey FOREIGN KEY (dest_id) REFERENCES dest (id)");
                s.execute("CREATE INDEX trip_title_idx ON trip (title)");
            }
        });
        Path migrations = Files.createDirectories(work.resolve("online-migrations"));
        writeGodwitMigrations(safeUrl, migrations);
        Godwit godwit = new Godwit(GodwitConfig.of(new ConnectionSpec(safeUrl, "postgres", null), migrations), RunListener.SILENT);
        godwit.baseline(Version.parse("0"));
        double[] safe = underWrites(safeUrl, () -> godwit.migrate(MigrateOptions.DEFAULT));
        return new double[] {naive[0], safe[0], naive[1], safe[1]};
    }

    private static void fill(String url, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE dest (id BIGINT PRIMARY KEY)");
            s.execute("INSERT INTO dest SELECT g FROM generate_series(1, 1000) g");
            s.execute("CREATE TABLE trip (id BIGINT PRIMARY KEY, title TEXT, dest_id BIGINT)");
            s.execute("INSERT INTO trip SELECT g, 'trip ' || g, (g % 1000) + 1 FROM generate_series(1, " + rows + ") g");
            s.execute("VACUUM ANALYZE trip");
        }
    }

    /** The godwit migrations for the three changes, generated from the inspected schema. */
    private static void writeGodwitMigrations(String url, Path migrations) throws Exception {
        Dialect dialect = Dialects.resolve(null, url);
        Schema from;
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            from = dialect.inspector().inspect(c);
        }
        Table trip = from.tables().get("trip");
        List<Column> columns = trip.columns().stream().map(col -> col.name().equals("title") ? col.withNullable(false) : col).toList();
        TreeMap<String, ForeignKey> fks = new TreeMap<>(trip.foreignKeys());
        fks.put("trip_dest_id_fkey", new ForeignKey("trip_dest_id_fkey", List.of("dest_id"), "dest", List.of("id"), "NO ACTION", "NO ACTION"));
        TreeMap<String, Index> indexes = new TreeMap<>(trip.indexes());
        indexes.put("trip_title_idx", new Index("trip_title_idx", List.of("title"), false, null, "btree"));
        Table changed = trip.withColumns(columns).withForeignKeys(fks).withIndexes(indexes);
        TreeMap<String, Table> tables = new TreeMap<>(from.tables());
        tables.put("trip", changed);
        Plan plan = Planner.plan(from, new Schema(tables, from.enums(), from.sequences()), dialect.rendering());
        Files.writeString(migrations.resolve("V1__constraints.sql"), MigrationText.of(List.of(), plan, MigrationText.Part.MAIN), StandardCharsets.UTF_8);
        Files.writeString(migrations.resolve("V2__constraints_validate.sql"), MigrationText.of(List.of(), plan, MigrationText.Part.VALIDATE), StandardCharsets.UTF_8);
        Files.writeString(migrations.resolve("V3__constraints_indexes.sql"), MigrationText.of(
                List.of("godwit:no-transaction"), plan, MigrationText.Part.CONCURRENT).replaceFirst("\n\n", "\nSET lock_timeout = '5s';\n\n"), StandardCharsets.UTF_8);
        LocalMigrations.rehash(migrations);
    }

    /** Runs the DDL while a writer loops; returns {longest write wait ms, DDL duration ms}. */
    private static double[] underWrites(String url, Measure.Step ddl) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong longest = new AtomicLong();
        List<Exception> failures = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, "postgres", null);
                 PreparedStatement update = c.prepareStatement("UPDATE trip SET title = title WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO trip (id, title, dest_id) VALUES (?, 'new', 1)")) {
                long next = 10_000_000;
                while (running.get()) {
                    long start = System.nanoTime();
                    update.setLong(1, ThreadLocalRandom.current().nextLong(1, 1_000_000));
                    update.executeUpdate();
                    insert.setLong(1, next++);
                    insert.executeUpdate();
                    longest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            } catch (Exception e) {
                failures.add(e);
            }
        });
        writer.start();
        Thread.sleep(300);
        longest.set(0);
        long start = System.nanoTime();
        ddl.run();
        double took = (System.nanoTime() - start) / 1e6;
        Thread.sleep(200);
        running.set(false);
        writer.join();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return new double[] {longest.get() / 1e6, took};
    }
}
