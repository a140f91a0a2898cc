package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One command for many databases and schemas: each migrated as a single migrate would, a broken one reported, the rest untouched by it. */
class FleetTest {

    @TempDir
    static Path shared;

    static List<String> databases = new ArrayList<>();

    private static final Map<String, String> ENV = Map.of("GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);

    @BeforeAll
    static void fiftyDatabases() {
        for (int i = 0; i < 50; i++) {
            databases.add(EmbeddedPostgresSupport.newDatabase());
        }
    }

    private static void project(Path dir, String url) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id integer PRIMARY KEY, title varchar(200) NOT NULL);\n");
        Files.writeString(dir.resolve("migrations/V2__nights.sql"), "ALTER TABLE trip ADD COLUMN nights integer;\n");
        Files.writeString(dir.resolve("godwit.properties"), (url == null ? "dialect=postgresql\n" : "url=" + url + "\n"));
        assertThat(Cli.run(dir, ENV, "hash").exitCode()).isZero();
    }

    @Test
    void fiftyDatabasesOneBrokenMigrateInOneCommandAndASecondRunDoesOnlyTheBrokenOne(@TempDir Path dir) throws Exception {
        project(dir, null);
        String broken = databases.get(17);
        execute(broken, "CREATE TYPE trip AS (id integer)"); // V1 fails there: its table's row type takes the name
        StringBuilder file = new StringBuilder("# the fleet\n");
        for (int i = 0; i < databases.size(); i++) {
            file.append("tenant-").append(i).append('=').append(databases.get(i)).append('\n');
        }
        Files.writeString(dir.resolve("targets.txt"), file.toString());

        Cli first = Cli.run(dir, ENV, "migrate", "--targets", "targets.txt", "--parallel", "4");
        assertThat(first.exitCode()).as(first.all()).isEqualTo(1);
        assertThat(first.out()).contains("50 target(s) in").contains("49 migrated, 0 up to date, 1 failed, 0 not started")
                .containsPattern("tenant-17 +failed .*\\[GW-E4\\d\\d\\] migration V1__trip.sql failed at statement 1");
        assertThat(first.err()).contains("GW-E413").contains("1 of 50 target(s) failed").contains("tenant-17: migration V1__trip.sql failed");
        assertThat(count(databases.get(3), "SELECT count(*) FROM godwit_history")).isEqualTo(2);

        Cli second = Cli.run(dir, ENV, "migrate", "--targets", "targets.txt", "--json");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).contains("\"failed\":1").contains("{\"target\":\"tenant-3\",\"outcome\":\"up-to-date\",\"before\":\"2\",\"after\":\"2\",\"applied\":0");
        assertThat(count(databases.get(3), "SELECT count(*) FROM godwit_history")).as("applied exactly once").isEqualTo(2);

        Cli picture = Cli.run(dir, ENV, "status", "--targets", "targets.txt");
        assertThat(picture.exitCode()).as("behind is not refused: V1 rolled back there and waits").isZero();
        assertThat(picture.out()).contains("50 target(s); the files' newest version: 2").contains("at 2          49").contains("at none       1")
                .contains("1 behind: tenant-17").contains("0 that migrate would refuse");

        execute(broken, "DROP TYPE trip");
        Cli third = Cli.run(dir, ENV, "migrate", "--targets", "targets.txt");
        assertThat(third.exitCode()).as(third.all()).isZero();
        assertThat(third.out()).contains("1 migrated, 49 up to date, 0 failed");

        Cli validate = Cli.run(dir, ENV, "validate", "--targets", "targets.txt", "--parallel", "4");
        assertThat(validate.exitCode()).as(validate.all()).isZero();
        assertThat(validate.out()).contains("validate: 50 target(s), 0 with a problem");

        // repair --dry-run and drift replay the migrations for each target, on one dev server.
        Files.writeString(dir.resolve("three.txt"), String.join("\n", databases.subList(0, 3)) + "\n");
        execute(databases.get(1), "ALTER TABLE trip DROP COLUMN nights");
        Map<String, String> withDev = new java.util.HashMap<>(ENV);
        withDev.put("GODWIT_DEV_USER", EmbeddedPostgresSupport.APP_USER);
        withDev.put("GODWIT_DEV_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
        Cli repair = Cli.run(dir, withDev, "repair", "--dry-run", "--targets", "three.txt", "--dev-url", databases.get(49));
        assertThat(repair.exitCode()).as(repair.all()).isEqualTo(1);
        assertThat(repair.out()).contains("repair --dry-run: 3 target(s), 1 with a problem").contains("[GW-E525] history can be corrected: V2 is not applied");
        assertThat(Cli.run(dir, withDev, "repair", "--targets", "three.txt").err()).contains("repair on a fleet only runs as --dry-run");
        // Without dev-url: one embedded dev server kept for the whole fleet, not one started per target.
        Cli drift = Cli.run(dir, ENV, "drift", "--targets", "three.txt");
        assertThat(drift.exitCode()).as(drift.all()).isEqualTo(1);
        assertThat(drift.out()).contains("drift: 3 target(s), 1 with a problem").containsPattern("godwit_test_\\d+ +\\[GW-E\\d+\\] the database differs");
    }

    @Test
    void aCanaryThatFailsStopsBeforeTouchingTheRest(@TempDir Path dir) throws Exception {
        project(dir, null);
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fresh.add(EmbeddedPostgresSupport.newDatabase());
        }
        execute(fresh.get(0), "CREATE TYPE trip AS (id integer)");
        Files.writeString(dir.resolve("targets.txt"), String.join("\n", fresh) + "\n");
        Files.writeString(dir.resolve("godwit.properties"), Files.readString(dir.resolve("godwit.properties")) + "targets=targets.txt\n");

        Cli run = Cli.run(dir, ENV, "migrate", "--canary", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("0 migrated, 0 up to date, 1 failed, 3 not started");
        for (String untouched : fresh.subList(1, 4)) {
            assertThat(count(untouched, "SELECT count(*) FROM pg_tables WHERE tablename IN ('trip', 'godwit_history')")).isZero();
        }
    }

    @Test
    void aThousandTenantSchemasOfOneDatabaseEachWithItsOwnHistory(@TempDir Path dir) throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        execute(url, "DO $$ BEGIN FOR i IN 0..999 LOOP EXECUTE format('CREATE SCHEMA tenant_%s AUTHORIZATION godwit_app', lpad(i::text, 4, '0')); END LOOP; END $$");
        execute(url, "CREATE SCHEMA other");
        project(dir, url);

        Cli run = Cli.run(dir, ENV, "migrate", "--schemas-like", "tenant_%", "--parallel", "4");
        assertThat(run.exitCode()).as(run.all().substring(Math.max(0, run.all().length() - 2000))).isZero();
        assertThat(run.out()).contains("1000 target(s) in").contains("1000 migrated, 0 up to date, 0 failed, 0 not started");
        assertThat(count(url, "SELECT count(*) FROM pg_tables WHERE tablename = 'godwit_history' AND schemaname LIKE 'tenant\\_%'")).isEqualTo(1000);
        assertThat(count(url, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'trip' AND column_name = 'nights'")).isEqualTo(1000);
        assertThat(count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'other'")).isZero();

        Cli again = Cli.run(dir, ENV, "migrate", "--schemas-like", "tenant_%", "--shard", "2/4");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).containsPattern("\\d+ target\\(s\\) in \\d+ ms: 0 migrated, \\d+ up to date, 0 failed");
    }

    @Test
    void aConnectionKeptFromOneTenantToTheNextCarriesNothingOver(@TempDir Path dir) throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        execute(url, "DO $$ BEGIN FOR i IN 1..3 LOOP EXECUTE format('CREATE SCHEMA tenant_%s AUTHORIZATION godwit_app', i); END LOOP; END $$");
        Files.createDirectories(dir.resolve("migrations"));
        // Each tenant refuses a session setting left by another, leaves one itself, and says which backend ran it.
        Files.writeString(dir.resolve("migrations/V1__session.sql"), """
                DO $$ BEGIN IF current_setting('app.left_behind', true) = 'yes' THEN RAISE EXCEPTION 'another tenant''s session setting leaked here'; END IF; END $$;
                SELECT set_config('app.left_behind', 'yes', false);
                CREATE TABLE ran_on AS SELECT pg_backend_pid() AS pid;
                """);
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url + "\n");
        assertThat(Cli.run(dir, ENV, "hash").exitCode()).isZero();

        Cli run = Cli.run(dir, ENV, "migrate", "--schemas-like", "tenant_%", "--parallel", "1");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("3 migrated, 0 up to date, 0 failed");
        assertThat(count(url, "SELECT count(DISTINCT pid) FROM (SELECT pid FROM tenant_1.ran_on UNION ALL SELECT pid FROM tenant_2.ran_on"
                + " UNION ALL SELECT pid FROM tenant_3.ran_on) p")).as("one backend served the three, reset between them").isEqualTo(1);
    }

    @Test
    void aFleetRunKilledHalfWayIsFinishedByTheNextWithEveryMigrationAppliedOnce(@TempDir Path dir) throws Exception {
        project(dir, null);
        Files.writeString(dir.resolve("migrations/V2__nights.sql"), "ALTER TABLE trip ADD COLUMN nights integer;\nSELECT pg_sleep(0.4);\n");
        assertThat(Cli.run(dir, ENV, "hash").exitCode()).isZero();
        List<String> fleet = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            fleet.add(EmbeddedPostgresSupport.newDatabase());
        }
        Files.writeString(dir.resolve("targets.txt"), String.join("\n", fleet) + "\n");

        ProcessBuilder builder = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "migrate", "--targets", "targets.txt", "--parallel", "2").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).directory(dir.toFile());
        builder.environment().putAll(ENV);
        builder.environment().remove("DATABASE_URL");
        Process run = builder.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (fleet.stream().filter(FleetTest::done).count() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        run.destroyForcibly(); // SIGKILL, half-way: some targets done, two in the middle of V2, the rest not started
        assertThat(run.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(fleet.stream().filter(FleetTest::done).count()).as("killed half-way").isBetween(3L, 11L);

        Cli again = Cli.run(dir, ENV, "migrate", "--targets", "targets.txt", "--parallel", "2");
        assertThat(again.exitCode()).as(again.all()).isZero();
        for (String url : fleet) {
            assertThat(count(url, "SELECT count(*) FROM godwit_history WHERE kind = 'apply' AND version = '1'")).isEqualTo(1);
            assertThat(count(url, "SELECT count(*) FROM godwit_history WHERE kind = 'apply' AND version = '2'")).isEqualTo(1);
            assertThat(count(url, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'trip' AND column_name = 'nights'")).isEqualTo(1);
        }
    }

    private static boolean done(String url) {
        try {
            return count(url, "SELECT count(*) FROM pg_tables WHERE tablename = 'godwit_history'") == 1
                    && count(url, "SELECT count(*) FROM godwit_history WHERE version = '2'") == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
