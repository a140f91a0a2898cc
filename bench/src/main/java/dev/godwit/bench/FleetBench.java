package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.fleet.FleetRun;
import dev.godwit.core.fleet.SchemaTargets;
import dev.godwit.core.fleet.Target;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialects;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Issue 19's figures: {@code tenants} schemas of one database × {@code migrations} migrations, by
 * one godwit fleet run at --parallel 1, 4 and 8, against a shell loop of one process per tenant
 * (godwit's CLI, and Flyway's API in a process of its own). The loops are timed on a sample of the
 * tenants and scaled to all of them (said in the row): at about half a second a process, the whole
 * loop would take most of the benchmark's time for the same figure.
 */
final class FleetBench {

    /** @param database a new, empty database for each run (JDBC URL, user postgres) */
    record Measured(double millis, long peakHeapBytes, int peakConnections) {
    }

    private FleetBench() {
    }

    static Measured fleet(Supplier<String> database, Path migrations, int tenants, int parallel) throws Exception {
        String url = database.get();
        createSchemas(url, tenants);
        ConnectionSpec spec = new ConnectionSpec(url, "postgres", null, List.of());
        List<Target> targets = SchemaTargets.like(spec, Dialects.resolve(null, url), "tenant\\_%");
        GodwitConfig config = GodwitConfig.of(spec, migrations);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong peakConnections = new AtomicLong();
        Thread watcher = new Thread(() -> {
            String name = url.substring(url.lastIndexOf('/') + 1);
            try (Connection c = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", "postgres", null);
                 Statement s = c.createStatement()) {
                while (running.get()) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + name + "'")) {
                        rs.next();
                        peakConnections.accumulateAndGet(rs.getLong(1), Math::max);
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                // the watcher only observes; the figure it gives is then a lower bound
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        long started = System.nanoTime();
        List<FleetRun.Outcome> outcomes = FleetRun.migrate(config, targets, MigrateOptions.DEFAULT, new FleetRun.Options(parallel, 0, 0), FleetRun.Progress.NONE);
        double millis = (System.nanoTime() - started) / 1e6;
        running.set(false);
        watcher.join();
        long failed = outcomes.stream().filter(o -> o.state() == FleetRun.State.FAILED).count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " tenants failed: " + outcomes.stream().filter(o -> o.problem() != null).findFirst().orElseThrow().problem().render());
        }
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(millis, peakHeap, (int) peakConnections.get());
    }

    /**
     * One process per tenant, one after the other, as a shell loop runs them, over {@code sample}
     * tenants; the time for all {@code tenants}, scaled.
     */
    static double loop(Supplier<String> database, int tenants, int sample, java.util.function.BiFunction<String, String, List<String>> command) throws Exception {
        String url = database.get();
        createSchemas(url, sample);
        long started = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            List<String> cmd = command.apply(url, String.format("tenant_%04d", i));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("exit " + exit + ": " + String.join(" ", cmd));
            }
        }
        return (System.nanoTime() - started) / 1e6 * tenants / sample;
    }

    private static void createSchemas(String url, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN FOR i IN 0.." + (count - 1) + " LOOP EXECUTE format('CREATE SCHEMA tenant_%s', lpad(i::text, 4, '0')); END LOOP; END $$");
        }
    }

    static List<String> list(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
