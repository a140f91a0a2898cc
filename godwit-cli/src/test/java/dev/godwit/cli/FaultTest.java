package dev.godwit.cli;

import dev.godwit.core.problem.ProblemCode;
import dev.godwit.postgres.EmbeddedPostgresSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.godwit.cli.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults in the middle of a migration, on real databases: each failing run exits non-zero naming
 * the migration, nothing is half-applied, and the next plain `godwit migrate` finishes unaided.
 * (A client killed with SIGKILL is in {@link ConcurrentProcessesTest}; SQLite killed and a full
 * disk are in {@link SqliteFaultTest}.)
 */
class FaultTest {

    @TempDir
    Path dir;

    private final Map<String, String> environment = Map.of("GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);

    private Cli godwit(String url, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--url", url, "--user", EmbeddedPostgresSupport.APP_USER}, 0, all, args.length, 4);
        return Cli.run(dir, environment, all);
    }

    private void migration(String name, String sql) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations").resolve(name), sql, StandardCharsets.UTF_8);
        Cli.run(dir, "hash");
    }

    @Test
    void theMigratingBackendTerminatedMidMigrationIsNamedRolledBackAndRunAgainByThePlainCommand() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        migration("V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\nINSERT INTO trip VALUES (1);\nSELECT pg_sleep(2);\n");

        Cli failed = migrateTerminatingItsBackend(url);
        assertProblem(failed, ProblemCode.MIGRATION_INTERRUPTED,
                "the connection to the database was lost while migration V1__trip.sql ran at statement 3 (line 3)",
                "nothing of it was applied", "run `godwit migrate`: it applies V1__trip.sql from the start");
        assertThat(failed.all()).doesNotContain(EmbeddedPostgresSupport.APP_PASSWORD);
        assertThat(count(url, "SELECT count(*) FROM pg_tables WHERE tablename = 'trip'")).isZero();

        Cli again = godwit(url, "migrate");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(count(url, "SELECT count(*) FROM trip")).isEqualTo(1);
        assertThat(count(url, "SELECT count(*) FROM godwit_history")).isEqualTo(1);
    }

    @Test
    void aNoTransactionMigrationCutOffSaysWhichStatementsStayAndHowToGoOn() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        migration("V1__trip.sql", "-- godwit:no-transaction\nCREATE TABLE IF NOT EXISTS trip (id INTEGER PRIMARY KEY);\nSELECT pg_sleep(2);\n");

        Cli failed = migrateTerminatingItsBackend(url);
        assertProblem(failed, ProblemCode.MIGRATION_INTERRUPTED, "V1__trip.sql ran outside a transaction, at statement 2 (line 3)",
                "statements 1 to 1 ran and stay in the database", "godwit migrate --retry-failed");
        assertThat(failed.err()).doesNotContain("rolled back");

        assertProblem(godwit(url, "migrate"), ProblemCode.FAILED_MIGRATION, "never finished", "last recorded: statement 1 (line 2) done");
        Cli retried = godwit(url, "migrate", "--retry-failed");
        assertThat(retried.exitCode()).as(retried.all()).isZero();
        assertThat(godwit(url, "status").exitCode()).isZero();
    }

    @Test
    void theServerRestartedMidMigrationLeavesNothingHalfAppliedAndThePlainCommandFinishesAfterwards() throws Exception {
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int port = server.getPort();
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        Files.createDirectories(dir.resolve("migrations"));
        migration("V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\nINSERT INTO trip VALUES (1);\n");
        migration("V2__invoice.sql", "CREATE TABLE invoice (id INTEGER);\nSELECT pg_sleep(3);\n");
        try {
            Cli first = Cli.run(dir, "migrate", "--url", url, "--user", "postgres", "--target", "1");
            assertThat(first.exitCode()).as(first.all()).isZero();

            CompletableFuture<Cli> run = CompletableFuture.supplyAsync(() -> Cli.run(dir, "migrate", "--url", url, "--user", "postgres"));
            awaitBackend(url, "postgres");
            server.close(); // pg_ctl stop -m fast: the backend is terminated, the transaction never commits
            Cli failed = run.get(60, TimeUnit.SECONDS);
            assertProblem(failed, ProblemCode.MIGRATION_INTERRUPTED, "V2__invoice.sql", "nothing of it was applied");

            server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'invoice'")).isZero();
                assertThat(count(s, "SELECT count(*) FROM godwit_history")).isEqualTo(1);
            }
            Cli again = Cli.run(dir, "migrate", "--url", url, "--user", "postgres");
            assertThat(again.exitCode()).as(again.all()).isZero();
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT count(*) FROM godwit_history")).isEqualTo(2);
                assertThat(count(s, "SELECT count(*) FROM trip")).isEqualTo(1);
            }
        } finally {
            server.close();
        }
    }

    /** Runs `godwit migrate` and terminates its backend once the migration's pg_sleep runs. */
    private Cli migrateTerminatingItsBackend(String url) throws Exception {
        CompletableFuture<Cli> run = CompletableFuture.supplyAsync(() -> godwit(url, "migrate"));
        int pid = awaitBackend(url);
        try (Connection admin = EmbeddedPostgresSupport.connect(url); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        return run.get(30, TimeUnit.SECONDS);
    }

    /** Waits until the migration's pg_sleep runs; returns its backend's pid. */
    private static int awaitBackend(String url) throws Exception {
        return awaitBackend(url, null);
    }

    private static int awaitBackend(String url, String superuser) throws Exception {
        for (int i = 0; i < 400; i++) {
            try (Connection c = superuser == null ? EmbeddedPostgresSupport.connect(url) : DriverManager.getConnection(url, superuser, superuser);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name = 'godwit' AND query LIKE 'SELECT pg_sleep%'")) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("the migration never started");
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            return count(s, sql);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
