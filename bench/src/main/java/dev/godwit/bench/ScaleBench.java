package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.DevSettings;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Issue 18's scale curve: apply, no-op, status at 100, 1,000 and 10,000 migrations; inspect and a
 * no-change diff at 100, 1,000 and 10,000 tables. One run each (the large points take minutes),
 * in-process, with the peak heap of each operation; then the CLI at the largest points in a fresh
 * process held to -Xmx256m.
 */
final class ScaleBench {

    /** One measured operation at one size. */
    record Point(String operation, int size, double millis, long peakHeapBytes) {
    }

    private ScaleBench() {
    }

    static List<Point> migrations(Supplier<String> database, Path work, int[] sizes) throws Exception {
        List<Point> points = new ArrayList<>();
        for (int size : sizes) {
            Path versioned = Fixtures.versioned(work.resolve("scale"), size);
            String url = database.get();
            points.add(measure("apply", size, () -> godwit(url, versioned).migrate(MigrateOptions.DEFAULT)));
            points.add(measure("no-op migrate", size, () -> godwit(url, versioned).migrate(MigrateOptions.DEFAULT)));
            points.add(measure("status", size, () -> godwit(url, versioned).status()));
        }
        return points;
    }

    static List<Point> tables(Supplier<String> database, Path work, int[] sizes) throws Exception {
        List<Point> points = new ArrayList<>();
        for (int size : sizes) {
            String schema = Fixtures.wideSchema(size);
            String url = database.get();
            try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
                for (String sql : schema.split(";\n")) {
                    s.execute(sql);
                }
            }
            points.add(measure("inspect", size, () -> {
                try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
                    Dialects.resolve(null, url).inspector().inspect(c);
                }
            }));
            Path project = Files.createDirectories(work.resolve("scale-diff-" + size));
            Path file = project.resolve("schema.sql");
            Files.writeString(file, schema, StandardCharsets.UTF_8);
            Path migrations = Files.createDirectories(project.resolve("migrations"));
            Files.writeString(migrations.resolve("V1__tables.sql"), schema, StandardCharsets.UTF_8);
            Godwit.hash(migrations);
            String kept = System.getProperty("godwit.cache");
            System.setProperty("godwit.cache", project.resolve("cache").toString());
            try {
                points.add(measure("diff, no change, nothing kept", size, () -> new Generator(config(migrations, file)).diff("scale")));
                points.add(measure("diff, no change, schemas kept", size, () -> new Generator(config(migrations, file)).diff("scale")));
            } finally {
                if (kept == null) {
                    System.clearProperty("godwit.cache");
                } else {
                    System.setProperty("godwit.cache", kept);
                }
            }
        }
        return points;
    }

    private static GodwitConfig config(Path migrations, Path schema) {
        return GodwitConfig.of(new ConnectionSpec(null, null, null), migrations).withSchema(schema).withDialect("postgresql")
                .withDev(DevSettings.EMBEDDED);
    }

    private static Godwit godwit(String url, Path migrations) {
        return new Godwit(GodwitConfig.of(new ConnectionSpec(url, "postgres", null), migrations), RunListener.SILENT);
    }

    private static Point measure(String operation, int size, Measure.Step step) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        step.run();
        double millis = (System.nanoTime() - started) / 1e6;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.err.printf("  scale: %s at %,d: %.0f ms, peak heap %d MB%n", operation, size, millis, Math.max(0, peak - before) >> 20);
        return new Point(operation, size, millis, Math.max(0, peak - before));
    }

    /** "1.0 s → 9.8 s (9.8×)": how a figure grows from one size to the next, a factor of 10 each. */
    static String growth(List<Point> points, String operation) {
        List<Point> mine = points.stream().filter(p -> p.operation().equals(operation)).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < mine.size(); i++) {
            Point p = mine.get(i);
            text.append(i == 0 ? "" : " → ").append(String.format("%,d: %.0f ms / %d MB", p.size(), p.millis(), p.peakHeapBytes() >> 20));
            if (i > 0) {
                text.append(String.format(" (%.1f×)", p.millis() / Math.max(0.001, mine.get(i - 1).millis())));
            }
        }
        return text.toString();
    }
}
