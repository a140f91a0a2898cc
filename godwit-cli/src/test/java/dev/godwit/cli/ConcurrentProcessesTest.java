package dev.godwit.cli;

import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.MigrateResult;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.testing.Project;
import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Real `godwit` processes against one PostgreSQL: the deploy of several replicas at once, and a deploy killed mid-way. */
class ConcurrentProcessesTest {

    @TempDir
    Path dir;

    @Test
    void eightProcessesStartedAtOnceApplyEachMigrationOnce() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        Project project = project(url);
        project.add("V1__slow_table.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\nSELECT pg_sleep(2);\n");
        project.add("V2__seed.sql", "INSERT INTO trip VALUES (1);\n");
        project.add("R__runs.sql", "CREATE TABLE IF NOT EXISTS runs (n INTEGER);\nINSERT INTO runs VALUES (1);\n");

        List<String> errors = migrateEightAtOnce(url);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("waiting for the migration lock, held by backend pid"));
        assertThat(query(url, "SELECT count(*) FROM godwit_history")).isEqualTo(3);
        assertThat(query(url, "SELECT count(DISTINCT version) FROM godwit_history")).isEqualTo(2);
        assertThat(query(url, "SELECT count(*) FROM trip")).isEqualTo(1);
        assertThat(query(url, "SELECT count(*) FROM runs")).as("the repeatable migration ran once").isEqualTo(1);

        // Changed: each of eight new deploys sees it outdated; one runs it.
        project.add("R__runs.sql", "CREATE TABLE IF NOT EXISTS runs (n INTEGER);\nINSERT INTO runs VALUES (2);\n");
        migrateEightAtOnce(url);
        assertThat(query(url, "SELECT count(*) FROM runs")).as("the changed repeatable migration ran once more").isEqualTo(2);
    }

    private List<String> migrateEightAtOnce(String url) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(godwit(url, "migrate").start());
        }
        List<String> errors = new ArrayList<>();
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(err).isZero();
            errors.add(err);
        }
        return errors;
    }

    @Test
    void aProcessKilledMidMigrationLeavesTheDatabaseAsBeforeAndTheNextRunAppliesIt() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        Project project = project(url);
        project.add("V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.add("V2__long.sql", "CREATE TABLE invoice (id INTEGER);\nINSERT INTO trip VALUES (1);\nSELECT pg_sleep(3);\n");

        Process victim = godwit(url, "migrate").start();
        awaitQuery(url, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'godwit' AND query LIKE 'SELECT pg_sleep%'");
        victim.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client
        assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();

        // The killed client's backend is still sleeping inside the migration, holding the run lock on its connection.
        AtomicBoolean waited = new AtomicBoolean();
        MigrateResult next = project.godwit(new RunListener() {
            @Override
            public void waiting(String holder) {
                waited.set(true);
            }
        }).migrate(MigrateOptions.DEFAULT);

        assertThat(waited).as("the next run must wait for the dying migration, not overlap it").isTrue();
        assertThat(next.applied()).extracting(m -> m.fileName()).containsExactly("V2__long.sql");
        assertThat(query(url, "SELECT count(*) FROM trip")).isEqualTo(1);
        assertThat(query(url, "SELECT count(*) FROM godwit_history WHERE version = '2'")).isEqualTo(1);
    }

    private Project project(String url) {
        return new Project(dir, url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD);
    }

    private ProcessBuilder godwit(String url, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--url", url, "--user", EmbeddedPostgresSupport.APP_USER, "--migrations", dir.resolve("migrations").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
        builder.environment().remove("DATABASE_URL");
        builder.directory(new File(dir.toString()));
        return builder;
    }

    private static long query(String url, String sql) throws SQLException {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitQuery(String url, String sql) throws SQLException, InterruptedException {
        for (int i = 0; i < 400; i++) {
            if (query(url, sql) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("never saw: " + sql);
    }
}
