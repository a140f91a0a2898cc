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
        String dev = EmbeddedPostgresSupport.newDatabase();
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id integer PRIMARY KEY, nights integer);\n");
        Files.writeString(dir.resolve("migrations/V2__changes.sql"), "ALTER TABLE trip ALTER COLUMN nights TYPE bigint;\nCREATE INDEX trip_nights_idx ON trip (nights);\n");
        Files.writeString(dir.resolve("godwit.properties"), "dialect=postgresql\ndev-url=" + dev + "\n");
        Map<String, String> env = Map.of("GODWIT_DEV_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_DEV_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
        assertThat(Cli.run(dir, env, "hash").exitCode()).isZero();

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
