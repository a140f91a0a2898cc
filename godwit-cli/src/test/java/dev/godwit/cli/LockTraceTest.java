package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `godwit lint --trace`: the newest migration run after the ones before it, its locks read from PostgreSQL. */
class LockTraceTest {

    @TempDir
    Path dir;

    @Test
    void theNewestMigrationIsTracedOnTheDevDatabaseAndRolledBack() throws Exception {
        Map<String, String> env = postgresProject("CREATE TABLE trip (id integer PRIMARY KEY, nights integer);\n",
                "ALTER TABLE trip ALTER COLUMN nights TYPE bigint;\nCREATE INDEX trip_nights_idx ON trip (nights);\n");

        Cli trace = Cli.run(dir, env, "lint", "--trace");

        assertThat(trace.exitCode()).as(trace.all()).isZero();
        assertThat(trace.out()).contains("V2__changes.sql (traced on the dev database, rolled back):")
                .contains("1. line 1: ALTER TABLE trip ALTER COLUMN nights TYPE bigint")
                .contains("ACCESS EXCLUSIVE on trip (blocks SELECT, INSERT, UPDATE, DELETE until the migration commits)")
                .contains("rewrites trip")
                .contains("2. line 2: CREATE INDEX trip_nights_idx ON trip (nights)");
        Cli json = Cli.run(dir, env, "lint", "--trace", "--json", "V1__trip.sql");
        assertThat(json.out()).contains("\"migration\":\"V1__trip.sql\"").contains("\"locks\":[]");
    }

    private Map<String, String> postgresProject(String v1, String v2) throws Exception {
        String dev = EmbeddedPostgresSupport.newDatabase();
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), v1);
        Files.writeString(dir.resolve("migrations/V2__changes.sql"), v2);
        Files.writeString(dir.resolve("godwit.properties"), "dialect=postgresql\ndev-url=" + dev + "\n");
        Map<String, String> env = Map.of("GODWIT_DEV_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_DEV_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
        assertThat(Cli.run(dir, env, "hash").exitCode()).isZero();
        return env;
    }

    @Test
    void theTraceDecidesWhereItIsExactAndFindsWhatNoTextRuleCan() throws Exception {
        Map<String, String> env = postgresProject(
                "CREATE TABLE trip (id integer PRIMARY KEY, title varchar(50), nights integer);\nCREATE TABLE invoice (id integer PRIMARY KEY, trip_id integer);\n",
                "ALTER TABLE trip ALTER COLUMN title TYPE varchar(100);\nALTER TABLE trip ALTER COLUMN nights TYPE bigint;\n"
                        + "CREATE INDEX invoice_trip_idx ON invoice (trip_id);\nALTER TABLE invoice SET UNLOGGED;\n");

        Cli statics = Cli.run(dir, env, "lint", "migrations/V2__changes.sql");
        assertThat(statics.out()).contains("V2__changes.sql:1: warning GW104").contains("V2__changes.sql:2: warning GW104")
                .doesNotContain("GW140").doesNotContain("GW141");

        Cli traced = Cli.run(dir, env, "lint", "--trace");
        assertThat(traced.exitCode()).as(traced.all()).isZero();
        // varchar(50) -> varchar(100) rewrites nothing: the trace clears the static warning, and says so.
        assertThat(traced.out()).contains("V2__changes.sql:1: GW104 type-change-rewrites not reported: the lock trace saw this statement rewrite nothing")
                .doesNotContain("V2__changes.sql:1: warning GW104")
                .contains("V2__changes.sql:2: warning GW104 type-change-rewrites: changes the type of trip.nights")
                .contains("(lock trace: rewrote trip, trip_pkey under ACCESS EXCLUSIVE on trip, ACCESS EXCLUSIVE on trip_pkey)")
                // The index build reads invoice in full while trip stays locked from line 1.
                .contains("V2__changes.sql:3: warning GW140 lock-held-during-long-step: trip stays locked in ACCESS EXCLUSIVE (taken at line 1)"
                        + " while this statement reads every row of invoice")
                // SET UNLOGGED rewrites the table: no text rule knows, the trace saw it.
                .contains("V2__changes.sql:4: warning GW141 rewrite-seen-by-trace: this statement rewrote invoice, invoice_pkey");

        Cli json = Cli.run(dir, env, "lint", "--trace", "--json");
        assertThat(json.out()).contains("\"code\":\"GW141\"").contains("\"evidence\":\"trace\"")
                .contains("\"clearedByTrace\":[{\"code\":\"GW104\"").contains("\"scans\":[\"invoice\"]");

        Files.writeString(dir.resolve("godwit.properties"), Files.readString(dir.resolve("godwit.properties")) + "lint.GW141=off\n");
        assertThat(Cli.run(dir, env, "lint", "--trace").out()).doesNotContain("warning GW141").contains("warning GW140");
    }

    @Test
    void aNoTransactionMigrationIsTracedStatementByStatement() throws Exception {
        Map<String, String> env = postgresProject("CREATE TABLE trip (id integer PRIMARY KEY, title text);\n",
                "-- godwit:no-transaction\nSET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS trip_title_idx ON trip (title);\n");

        Cli trace = Cli.run(dir, env, "lint", "--trace");

        assertThat(trace.exitCode()).as(trace.all()).isZero();
        assertThat(trace.out()).contains("V2__changes.sql (no-transaction: traced statement by statement on a scratch copy of the dev database):")
                .contains("2. line 3: CREATE INDEX CONCURRENTLY IF NOT EXISTS trip_title_idx ON trip (title)")
                .contains("SHARE UPDATE EXCLUSIVE on trip (blocks no reads or writes)")
                .doesNotContain("not traced");
    }

    @Test
    void diffPrintsTheTraceOfTheMigrationItWrote() throws Exception {
        Map<String, String> env = postgresProject("CREATE TABLE trip (id integer PRIMARY KEY, nights integer);\n", "CREATE INDEX trip_nights_idx ON trip (nights);\n");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE trip (id integer PRIMARY KEY, nights bigint);\nCREATE INDEX trip_nights_idx ON trip (nights);\n");
        Files.writeString(dir.resolve("godwit.properties"), Files.readString(dir.resolve("godwit.properties")) + "schema=schema.sql\n");

        Cli diff = Cli.run(dir, env, "diff", "--allow-data-loss", "widen nights");

        assertThat(diff.exitCode()).as(diff.all()).isZero();
        assertThat(diff.out()).contains("V3__widen_nights.sql (traced on the dev database, rolled back):")
                .contains("rewrites trip (every row copied under the lock)")
                .contains("warning GW104 type-change-rewrites").contains("(lock trace: rewrote trip");
        Files.delete(dir.resolve("migrations/V3__widen_nights.sql"));
        Files.deleteIfExists(dir.resolve("migrations/U3__widen_nights.sql"));
        Cli.run(dir, env, "hash");
        Cli untraced = Cli.run(dir, env, "diff", "--no-trace", "--allow-data-loss", "widen nights");
        assertThat(untraced.out()).contains("lock trace skipped: --no-trace").doesNotContain("traced on the dev database").contains("warning GW104");
    }

    @Test
    void sqliteHasNoTraceAndSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        Files.writeString(dir.resolve("godwit.properties"), "dialect=sqlite\n");
        Cli.run(dir, "hash");
        Cli trace = Cli.run(dir, "lint", "--trace");
        assertThat(trace.exitCode()).isEqualTo(2);
        assertThat(trace.err()).contains("SQLite has no lock trace yet").contains("lint without --trace");
    }
}
