package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.generate.VersionFingerprints;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.RunSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./bench/run.sh [scenario…]}: every tool measured in the same run, on the same embedded
 * PostgreSQL, so ratios hold on a noisy machine. Scenarios: apply, noop, noop-cli, status,
 * inspect, diff, replay, startup, online, lock-wait, fleet, trace, scale, report (default: all). System properties: {@code runs} (5), {@code warmup} (1),
 * {@code migrations} (1000), {@code godwit.jar} (the CLI jar), {@code bench.classpath}.
 */
public final class Main {

    private static final List<String> ALL = List.of("apply", "noop", "noop-cli", "status", "inspect", "diff", "replay", "startup", "online", "lock-wait", "fleet", "trace", "scale", "report");

    private final EmbeddedPostgres server;
    private final Path work;
    private final int runs = Integer.getInteger("runs", 5);
    private final int warmup = Integer.getInteger("warmup", 1);
    private final int count = Integer.getInteger("migrations", 1000);
    private final AtomicInteger databases = new AtomicInteger();
    private final Report report = new Report();

    private Main(EmbeddedPostgres server, Path work) {
        this.server = server;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        List<String> scenarios = args.length == 0 ? ALL : List.of(args);
        for (String s : scenarios) {
            if (!ALL.contains(s)) {
                System.err.println("unknown scenario '" + s + "'; choose from " + ALL);
                System.exit(2);
            }
        }
        Path work = Files.createTempDirectory("godwit-bench-");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            Main bench = new Main(server, work);
            for (String scenario : scenarios) {
                System.err.println("scenario " + scenario + " …");
                bench.run(scenario);
            }
            String environment = "Median of " + bench.runs + " runs after " + bench.warmup + " warm-up, same embedded PostgreSQL "
                    + bench.serverVersion() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ". Raw JDBC: the same statements, one transaction per migration, no bookkeeping."
                    + " Fresh processes of every tool run with " + JVM + " (what ./godwit uses).";
            System.out.println();
            System.out.println(bench.report.markdown(environment));
            Path file = bench.report.write(Path.of(System.getProperty("bench.results", "bench/results")), environment);
            System.err.println("written to " + file);
        }
    }

    private void run(String scenario) throws Exception {
        switch (scenario) {
            case "apply" -> apply();
            case "noop" -> noop();
            case "noop-cli" -> noopProcesses();
            case "status" -> status();
            case "inspect" -> inspect();
            case "diff" -> diff();
            case "replay" -> replay();
            case "online" -> online();
            case "lock-wait" -> lockWait();
            case "startup" -> startup();
            case "fleet" -> fleet();
            case "trace" -> trace();
            case "scale" -> scale();
            case "report" -> ReportBench.run(report, this::newDatabaseOrFail, work, runs);
            default -> throw new IllegalArgumentException(scenario);
        }
    }

    private void apply() throws Exception {
        Path versioned = Fixtures.versioned(work, count);
        Path liquibase = Fixtures.liquibase(work, count);
        List<List<String>> statements = Fixtures.allStatements(count);
        String[] url = new String[1];
        // Each run starts from a checkpoint and a quiet server: the previous tool's 1,000 tables of WAL and
        // catalog churn otherwise land on whoever runs next (raw JDBC moved between 0.96 and 1.46 s without it).
        Measure.Step fresh = () -> {
            url[0] = newDatabase();
            settle();
        };
        Double[] t = Measure.interleaved(warmup, runs, fresh, List.of(
                () -> Tools.godwitMigrate(url[0], versioned),
                () -> Tools.flywayMigrate(url[0], versioned),
                () -> Tools.liquibaseUpdate(url[0], liquibase),
                () -> Tools.rawApply(url[0], statements)));
        report.add(new Report.Row("apply " + count + " migrations to an empty database", t[0], t[1], t[2], t[3]));
        report.note("apply: every run starts on a new database after a CHECKPOINT and a one-second pause (since 2026-12-01 20:10).");
        Measure.Step freshFile = () -> url[0] = "jdbc:sqlite:" + work.resolve("apply-" + System.nanoTime() + ".db");
        Double[] lite = Measure.interleaved(warmup, runs, freshFile, List.of(
                () -> new dev.godwit.core.runner.Godwit(GodwitConfig.of(new ConnectionSpec(url[0], null, null), versioned),
                        dev.godwit.core.runner.RunListener.SILENT).migrate(dev.godwit.core.runner.MigrateOptions.DEFAULT),
                () -> Tools.rawApply(url[0], null, statements)));
        report.add(new Report.Row("apply " + count + " migrations to an empty SQLite file", lite[0], null, null, lite[1]));
    }

    /** Three databases, each with every migration applied by one tool: godwit, Flyway, Liquibase. */
    private record Applied(Path versioned, Path liquibase, String godwit, String flyway, String liquibaseDb) {
    }

    private Applied appliedByEachTool(Path root, int migrations) throws Exception {
        Path versioned = Fixtures.versioned(root, migrations);
        Path liquibase = Fixtures.liquibase(root, migrations);
        Applied applied = new Applied(versioned, liquibase, newDatabase(), newDatabase(), newDatabase());
        Tools.godwitMigrate(applied.godwit(), versioned);
        Tools.flywayMigrate(applied.flyway(), versioned);
        Tools.liquibaseUpdate(applied.liquibaseDb(), liquibase);
        return applied;
    }

    private void noop() throws Exception {
        Applied a = appliedByEachTool(work, count);
        Double[] t = Measure.interleaved(warmup, runs, Measure.nothing(), List.of(
                () -> Tools.godwitMigrate(a.godwit(), a.versioned()),
                () -> Tools.flywayMigrate(a.flyway(), a.versioned()),
                () -> Tools.liquibaseUpdate(a.liquibaseDb(), a.liquibase()),
                () -> Tools.rawNoop(a.godwit(), a.versioned())));
        report.add(new Report.Row("migrate, nothing pending, " + count + " applied (in-process API)", t[0], t[1], t[2], t[3]));
        report.note("noop: raw JDBC does the same reads and nothing more: every file read and hashed (SHA-256), every history row read, one connection; no lock, no comparison.");
    }

    private void noopProcesses() throws Exception {
        Applied a = appliedByEachTool(work, count);
        Double[] t = processes(List.of(godwitCli("migrate", a.godwit(), a.versioned()), peer("flyway", "migrate", a.flyway(), a.versioned()),
                peer("liquibase", "migrate", a.liquibaseDb(), a.liquibase()), peer("raw", "migrate", a.godwit(), a.versioned()),
                withoutArchive(godwitCli("migrate", a.godwit(), a.versioned()))));
        report.add(new Report.Row("migrate, nothing pending, " + count + " applied (fresh process)", t[0], t[1], t[2], t[3]));
        report.add(new Report.Row("the same, godwit without its class-data archive", t[4], t[1], t[2], t[3]));
        report.note("noop-cli: raw JDBC is a process doing the same reads (every file hashed, every history row read) with the same JVM flags;"
                + " godwit's process maps the class-data archive ./godwit makes after a build (" + (ARCHIVE == null ? "none found: both godwit rows ran without" : "AppCDS") + ").");
    }

    private void status() throws Exception {
        Applied a = appliedByEachTool(work, count);
        Double[] t = Measure.interleaved(warmup, runs, Measure.nothing(), List.of(
                () -> Tools.godwitStatus(a.godwit(), a.versioned()),
                () -> Tools.flywayInfo(a.flyway(), a.versioned()),
                () -> Tools.liquibaseStatus(a.liquibaseDb(), a.liquibase())));
        report.add(new Report.Row("status with " + count + " applied (in-process API)", t[0], t[1], t[2], null));
    }

    private void inspect() throws Exception {
        String url = newDatabase();
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            for (String sql : Fixtures.wideSchema(1000).split(";\n")) {
                s.execute(sql);
            }
        }
        double g = Measure.median(warmup, runs, Measure.nothing(), () -> {
            try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
                Dialects.resolve(null, url).inspector().inspect(c);
            }
        });
        double r = Measure.median(warmup, runs, Measure.nothing(), () -> {
            try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
                DatabaseMetaData meta = c.getMetaData();
                try (ResultSet rs = meta.getColumns(null, "public", "%", "%")) {
                    while (rs.next()) {
                        rs.getString("COLUMN_NAME");
                    }
                }
            }
        });
        report.add(new Report.Row("inspect 1,000 tables / 10,000 columns (+ keys, indexes, foreign keys)", g, null, null, r));
        report.note("inspect: raw JDBC is DatabaseMetaData.getColumns over the schema — columns only, a floor, not a full inspection.");
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            for (var sql : dev.godwit.core.sql.StatementSplitter.split(Fixtures.definitions(1000), Dialects.resolve(null, url).syntax())) {
                s.execute(sql.sql());
            }
        }
        double full = Measure.median(warmup, runs, Measure.nothing(), () -> {
            try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
                Dialects.resolve(null, url).inspector().inspect(c);
            }
        });
        report.add(new Report.Row("inspect the same + 1,000 views, 500 functions, 500 triggers", full, null, null, null));
    }

    private void diff() throws Exception {
        Path schema = work.resolve("schema-300.sql");
        Files.writeString(schema, Fixtures.wideSchema(300), StandardCharsets.UTF_8);
        Path[] folder = new Path[1];
        Measure.Step fresh = () -> {
            folder[0] = Files.createTempDirectory(work, "diff-");
            Files.createDirectories(folder[0].resolve("migrations"));
            dev.godwit.core.runner.Godwit.hash(folder[0].resolve("migrations"));
        };
        double embedded = Measure.median(warmup, runs, fresh, () -> new Generator(diffConfig(folder[0], schema, null)).diff("bench"));
        report.add(new Report.Row("`diff` 300 tables end to end (starts its embedded dev PostgreSQL)", embedded, null, null, null));
        String devUrl = newDatabase();
        double running = Measure.median(warmup, runs, fresh, () -> new Generator(diffConfig(folder[0], schema, devUrl)).diff("bench"));
        report.add(new Report.Row("`diff` 300 tables end to end (dev-url: a running PostgreSQL)", running, null, null, null));
        report.note("diff: Flyway and Liquibase do not generate a migration from a model; Alembic's autogenerate takes about 3.5 s for 300 tables on this machine (issue 3).");
        diffWithNoChange(schema, devUrl);
    }

    /** Issue 18's rows: the migrations already produce the 300 tables, so diff has nothing to write. */
    private void diffWithNoChange(Path schema, String devUrl) throws Exception {
        Path folder = Files.createTempDirectory(work, "diff-unchanged-");
        Path migrations = Files.createDirectories(folder.resolve("migrations"));
        Files.copy(schema, migrations.resolve("V1__tables.sql"));
        dev.godwit.core.runner.Godwit.hash(migrations);
        String kept = System.getProperty("godwit.cache");
        try {
            Measure.Step nothingKept = () -> System.setProperty("godwit.cache", work.resolve("cache-" + System.nanoTime()).toString());
            double cold = Measure.median(warmup, runs, nothingKept, () -> new Generator(diffConfig(folder, schema, null)).diff("bench"));
            Path cache = work.resolve("cache-kept");
            System.setProperty("godwit.cache", cache.toString());
            new Generator(diffConfig(folder, schema, null)).diff("bench");
            double warm = Measure.median(warmup, runs, Measure.nothing(), () -> new Generator(diffConfig(folder, schema, null)).diff("bench"));
            double running = Measure.median(warmup, runs, Measure.nothing(), () -> new Generator(diffConfig(folder, schema, devUrl)).diff("bench"));
            report.add(new Report.Row("`diff` with no change, 300 tables, cold: nothing kept, the embedded dev PostgreSQL started", cold, null, null, null));
            report.add(new Report.Row("`diff` with no change, 300 tables, both schemas kept from the run before (no dev database)", warm, null, null, null));
            report.add(new Report.Row("`diff` with no change, 300 tables, dev-url: a running PostgreSQL (nothing kept, by design)", running, null, null, null));
        } finally {
            if (kept == null) {
                System.clearProperty("godwit.cache");
            } else {
                System.setProperty("godwit.cache", kept);
            }
        }
    }

    /** NOT NULL, a foreign key and an index added to a million-row table under writes: the longest a write waited. */
    private void online() throws Exception {
        int rows = Integer.getInteger("online.rows", 1_000_000);
        double[] r = OnlineDdl.measure(newDatabase(), newDatabase(), work, rows);
        report.add(new Report.Row("longest write wait while adding NOT NULL + FK + index to " + rows + " rows: naive forms", r[0], null, null, null));
        report.add(new Report.Row("longest write wait while adding NOT NULL + FK + index to " + rows + " rows: godwit's safe forms", r[1], null, null, null));
        report.note(String.format("online: the DDL itself took %.0f ms naive, %.0f ms with godwit's safe forms (three migrations, CONCURRENTLY); one run each, not a median.", r[2], r[3]));
    }

    /** A migration waiting behind a long transaction: how long the application's reads are held up, before and after issue 11. */
    private void lockWait() throws Exception {
        RunSettings before = new RunSettings(java.time.Duration.ofSeconds(5), 3, java.time.Duration.ofMinutes(10));
        LockWait.Result plain = LockWait.measure(newDatabase(), work, null);
        LockWait.Result old = LockWait.measure(newDatabase(), work, before);
        LockWait.Result pgroll = LockWait.measure(newDatabase(), work, new RunSettings(java.time.Duration.ofMillis(500), RunSettings.UNBOUNDED, java.time.Duration.ofMinutes(10)));
        LockWait.Result now = LockWait.measure(newDatabase(), work, RunSettings.DEFAULTS);
        String scenario = "longest application read wait, ALTER behind a " + LockWait.HOLD.toSeconds() + " s transaction";
        report.add(new Report.Row(scenario + ": lock-timeout=5s (the default before issue 11)", old.longestReadMillis(), null, null, plain.longestReadMillis()));
        report.add(new Report.Row(scenario + ": lock-timeout=500ms (pgroll's), jittered retries", pgroll.longestReadMillis(), null, null, plain.longestReadMillis()));
        report.add(new Report.Row(scenario + ": defaults after issue 11 (lock-timeout=" + RunSettings.DEFAULTS.lockTimeout().toMillis() + "ms, jittered retries)", now.longestReadMillis(), null, null, plain.longestReadMillis()));
        report.note(String.format("lock-wait: raw JDBC is the plain ALTER with no lock_timeout (what a tool without one does: Flyway's default)."
                        + " Migration done after %.0f ms in %d attempt(s) with lock-timeout=5s, %.0f ms in %d attempts with 500ms,"
                        + " %.0f ms in %d attempts with the defaults; the reader made %d / %d / %d / %d reads. One run each, not a median.",
                old.migrationMillis(), old.attempts(), pgroll.migrationMillis(), pgroll.attempts(), now.migrationMillis(), now.attempts(),
                plain.reads(), old.reads(), pgroll.reads(), now.reads()));
    }

    /** The costs behind trustworthy history: the fingerprint of every version the files produce, uncached and cached. */
    private void replay() throws Exception {
        int versions = Integer.getInteger("replay.migrations", 300);
        Path versioned = Fixtures.versioned(work.resolve("replay"), versions);
        LocalMigrations local = LocalMigrations.load(versioned);
        Dialect dialect = Dialects.resolve("postgresql", null);
        String devUrl = newDatabase();
        DevSettings settings = new DevSettings(devUrl, "postgres", null, null);
        Path cache = work.resolve("fingerprint-cache");
        Measure.Step uncached = () -> {
            System.setProperty("godwit.cache", cache.resolve(String.valueOf(System.nanoTime())).toString());
        };
        double cold = Measure.median(0, 1, uncached, () -> {
            try (DevDatabase scratch = dialect.devDatabase(settings)) {
                VersionFingerprints.compute(local, dialect, scratch);
            }
        });
        double warm = Measure.median(warmup, runs, Measure.nothing(), () -> {
            try (DevDatabase scratch = dialect.devDatabase(settings)) {
                VersionFingerprints.compute(local, dialect, scratch);
            }
        });
        report.add(new Report.Row("fingerprint of every version, " + versions + " migrations replayed (first time, once)", cold, null, null, null));
        report.add(new Report.Row("fingerprint of every version, " + versions + " migrations (cached by file hashes)", warm, null, null, null));
        report.note("replay: the one-time cost of `repair`/`baseline`/`status` explanations on a long history; migrate itself only adds one inspection per run (the inspect row).");
    }

    /** Issue 19: a fleet of tenant schemas in one run, against one process per tenant. */
    private void fleet() throws Exception {
        int tenants = Integer.getInteger("fleet.tenants", 1000);
        int migrations = Integer.getInteger("fleet.migrations", 20);
        int sample = Integer.getInteger("fleet.sample", 50);
        Path versioned = Fixtures.versioned(work.resolve("fleet"), migrations);
        java.util.function.Supplier<String> database = () -> {
            try {
                return newDatabase();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String what = tenants + " tenant schemas × " + migrations + " migrations";
        for (int parallel : new int[]{1, 4, 8}) {
            FleetBench.Measured m = FleetBench.fleet(database, versioned, tenants, parallel);
            report.add(new Report.Row("fleet: " + what + ", one godwit run, --parallel " + parallel, m.millis(), null, null, null));
            report.note("fleet --parallel " + parallel + ": peak heap " + m.peakHeapBytes() / (1024 * 1024) + " MB, peak connections " + m.peakConnections());
        }
        double godwitLoop = FleetBench.loop(database, tenants, sample, (url, schema) -> {
            List<String> cmd = FleetBench.list(java());
            cmd.addAll(godwitJvm());
            cmd.addAll(List.of("-jar", godwitJar(), "migrate", "--url", url, "--user", "postgres", "--migrations", versioned.toString(), "--schemas", schema));
            return cmd;
        });
        double flywayLoop = FleetBench.loop(database, tenants, sample, (url, schema) -> peer("flyway", "migrate", url + "?currentSchema=" + schema, versioned));
        report.add(new Report.Row("fleet: " + what + ", a shell loop of one process per tenant (timed on " + sample + ", scaled)", godwitLoop, flywayLoop, null, null));
        report.note("fleet: the loop row's godwit column is `godwit migrate --schemas tenant_i` per process, its Flyway column Flyway's API in a process per tenant (currentSchema=tenant_i).");
    }

    /** Issue 18: how each figure grows with the number of migrations and of tables; then the CLI at the top within -Xmx256m. */
    private String newDatabaseOrFail() {
        try {
            return newDatabase();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void scale() throws Exception {
        int[] sizes = java.util.Arrays.stream(System.getProperty("scale.sizes", "100,1000,10000").split(",")).mapToInt(Integer::parseInt).toArray();
        java.util.function.Supplier<String> database = () -> {
            try {
                return newDatabase();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        List<ScaleBench.Point> byMigrations = ScaleBench.migrations(database, work, sizes);
        List<ScaleBench.Point> byTables = ScaleBench.tables(database, work, sizes);
        for (var points : List.of(byMigrations, byTables)) {
            for (ScaleBench.Point p : points) {
                report.add(new Report.Row("scale: " + p.operation() + " at " + String.format("%,d", p.size())
                        + (points == byMigrations ? " migrations" : " tables") + " (peak heap " + (p.peakHeapBytes() >> 20) + " MB)", p.millis(), null, null, null));
            }
        }
        for (String operation : List.of("apply", "no-op migrate", "status")) {
            report.note("scale, " + operation + " by migrations: " + ScaleBench.growth(byMigrations, operation));
        }
        for (String operation : List.of("inspect", "diff, no change, nothing kept", "diff, no change, schemas kept")) {
            report.note("scale, " + operation + " by tables: " + ScaleBench.growth(byTables, operation));
        }
        int top = sizes[sizes.length - 1];
        String url = newDatabase();
        Path versioned = Fixtures.versioned(work.resolve("scale-cli"), top);
        for (String command : List.of("migrate", "migrate", "status")) {
            List<String> cmd = new java.util.ArrayList<>(List.of(java(), "-Xmx256m"));
            cmd.addAll(godwitJvm());
            cmd.addAll(List.of("-jar", godwitJar(), command, "--url", url, "--user", "postgres", "--migrations", versioned.toString()));
            report.add(new Report.Row("scale: the CLI's `" + command + "` at " + String.format("%,d", top) + " migrations within -Xmx256m (fresh process, one run)",
                    Measure.median(0, 1, Measure.nothing(), () -> run(cmd)), null, null, null));
        }
        Path project = work.resolve("scale-diff-" + top);
        for (String when : List.of("nothing kept", "its schemas kept")) {
            List<String> cmd = new java.util.ArrayList<>(List.of(java(), "-Xmx256m", "-Dgodwit.cache=" + project.resolve("cli-cache")));
            cmd.addAll(godwitJvm());
            cmd.addAll(List.of("-jar", godwitJar(), "check", "--dialect", "postgresql", "--migrations", project.resolve("migrations").toString(),
                    "--schema", project.resolve("schema.sql").toString()));
            report.add(new Report.Row("scale: the CLI's `check` at " + String.format("%,d", top) + " tables within -Xmx256m, " + when + " (fresh process, one run)",
                    Measure.median(0, 1, Measure.nothing(), () -> run(cmd)), null, null, null));
        }
        report.note("scale: one run per point, in-process (the CLI rows: a fresh process); peak heap is the heap pools' peak above what was in use before the operation, garbage included.");
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + ": " + String.join(" ", command));
        }
    }

    /** Issue 16: `godwit lint --trace` of a 20-statement migration, the dev database warm. */
    private void trace() throws Exception {
        double[] t = TraceBench.measure(newDatabase(), newDatabase(), work, warmup, runs);
        report.add(new Report.Row("lock trace of a 20-statement migration after " + TraceBench.TABLES + " tables × " + TraceBench.ROWS
                + " rows replayed (dev-url: a running PostgreSQL)", t[0], null, null, t[1]));
        report.note("trace: the target is under 2 s; raw JDBC runs the same 20 statements in a transaction on a database already holding the tables,"
                + " and rolls back (no replay, no catalog reads): the floor.");
    }

    private GodwitConfig diffConfig(Path folder, Path schema, String devUrl) {
        GodwitConfig base = GodwitConfig.of(new ConnectionSpec(null, null, null), folder.resolve("migrations")).withSchema(schema);
        return base.withDialect("postgresql").withDev(new DevSettings(devUrl, devUrl == null ? null : "postgres", null, null));
    }

    private void startup() throws Exception {
        Applied small = appliedByEachTool(work.resolve("small"), 3);
        List<String> version = new java.util.ArrayList<>(List.of(java()));
        version.addAll(godwitJvm());
        version.addAll(List.of("-jar", godwitJar(), "--version"));
        Double[] v = processes(List.of(version, withoutArchive(version)));
        report.add(new Report.Row("`--version` (fresh process)", v[0], null, null, null));
        report.add(new Report.Row("`--version` (fresh process, without the class-data archive)", v[1], null, null, null));
        Double[] t = processes(List.of(godwitCli("status", small.godwit(), small.versioned()), peer("flyway", "status", small.flyway(), small.versioned()),
                peer("liquibase", "status", small.liquibaseDb(), small.liquibase()), peer("raw", "status", small.godwit(), small.versioned())));
        report.add(new Report.Row("status, small up-to-date project (fresh process)", t[0], t[1], t[2], t[3]));
    }

    private double process(List<String> command) throws Exception {
        return processes(List.of(command))[0];
    }

    private Double[] processes(List<List<String>> commands) throws Exception {
        List<Measure.Step> steps = commands.stream().<Measure.Step>map(command -> () -> {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("exit " + exit + ": " + String.join(" ", command));
            }
        }).toList();
        return Measure.interleaved(warmup, runs, Measure.nothing(), steps);
    }

    /** Every tool's process gets the JVM options ./godwit uses, so start-up is compared like for like. */
    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The class-data archive ./godwit made for this jar (bench/run.sh passes it), or null. */
    private static final String ARCHIVE = archive();

    private static String archive() {
        String path = System.getProperty("godwit.archive", "");
        return !path.isEmpty() && new File(path).isFile() ? path : null;
    }

    /** The JVM options ./godwit starts godwit with: the common ones, and its archive. */
    private static List<String> godwitJvm() {
        List<String> options = new java.util.ArrayList<>(JVM);
        if (ARCHIVE != null) {
            options.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        return options;
    }

    private static List<String> withoutArchive(List<String> command) {
        return command.stream().filter(option -> !option.startsWith("-XX:SharedArchiveFile=")).toList();
    }

    private List<String> godwitCli(String command, String url, Path migrations) {
        List<String> cmd = new java.util.ArrayList<>(List.of(java()));
        cmd.addAll(godwitJvm());
        cmd.addAll(List.of("-jar", godwitJar(), command, "--url", url, "--user", "postgres", "--migrations", migrations.toString()));
        return cmd;
    }

    private List<String> peer(String tool, String action, String url, Path dir) {
        List<String> cmd = new java.util.ArrayList<>(List.of(java()));
        cmd.addAll(JVM);
        cmd.addAll(List.of("-cp", System.getProperty("bench.classpath", System.getProperty("java.class.path")),
                PeerMain.class.getName(), tool, action, url, dir.toString()));
        return cmd;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String godwitJar() {
        String jar = System.getProperty("godwit.jar", "godwit-cli/target/godwit.jar");
        if (!new File(jar).isFile()) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -pl godwit-cli -am package -DskipTests");
        }
        return jar;
    }

    /** A checkpoint, then a pause for autovacuum and the WAL writer to finish with what the last run left. */
    private void settle() throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
        Thread.sleep(1000);
    }

    private String newDatabase() throws Exception {
        String name = "bench_" + databases.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    }

    private String serverVersion() throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
