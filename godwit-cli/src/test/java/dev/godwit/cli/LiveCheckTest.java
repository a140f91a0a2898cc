package dev.godwit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** `check --live`: check, then each database's history and schema against the files; a fleet's with --targets. */
class LiveCheckTest {

    @TempDir
    Path dir;

    private static void execute(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void aDriftedTargetAndOneWhoseHistoryDisagreesFailTheCheckAndAreNamed() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\n");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\n");
        Files.writeString(dir.resolve("godwit.properties"), "dialect=sqlite\nschema=schema.sql\n");
        assertThat(Cli.run(dir, "hash").exitCode()).isZero();
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            targets.append("tenant-").append(i).append("=jdbc:sqlite:").append(dir.resolve("tenant-" + i + ".db")).append('\n');
        }
        Files.writeString(dir.resolve("targets.txt"), targets.toString());
        assertThat(Cli.run(dir, "migrate", "--targets", "targets.txt").exitCode()).isZero();
        assertThat(Cli.run(dir, "check", "--live", "--targets", "targets.txt").exitCode()).isZero();

        execute(dir.resolve("tenant-1.db"), "ALTER TABLE trip ADD COLUMN nights INTEGER"); // by hand, in production
        execute(dir.resolve("tenant-2.db"), "UPDATE godwit_history SET checksum = 'edited' WHERE version = '1'");

        assertThat(Cli.run(dir, "check").exitCode()).as("without --live, no database is read").isZero();
        Cli live = Cli.run(dir, "check", "--live", "--targets", "targets.txt");
        assertThat(live.exitCode()).as(live.all()).isEqualTo(1);
        assertThat(live.out()).contains("live tenant-0: ok")
                .containsPattern("live tenant-1: \\[GW-E\\d+\\] the database differs from what its migrations produce at version 1")
                .contains("live tenant-2: [GW-E500] V1 (trip) was applied with checksum edited");
        assertThat(live.err()).contains("2 database(s) differ from the files (above); the model and the files agree");

        Cli sarif = Cli.run(dir, "check", "--live", "--targets", "targets.txt", "--format", "sarif");
        assertThat(sarif.exitCode()).isEqualTo(1);
        assertThat(SarifTest.errors(sarif.out())).as(sarif.out()).isEmpty();
        assertThat(sarif.out()).contains("\"name\":\"live-database\"").contains("tenant-1: the database differs");

        Cli json = Cli.run(dir, "check", "--live", "--targets", "targets.txt", "--json");
        assertThat(json.out()).contains("\"ok\":false").contains("\"live\":[{\"target\":\"tenant-0\",\"ok\":true}");

        Cli withoutLive = Cli.run(dir, "check", "--targets", "targets.txt");
        assertThat(withoutLive.exitCode()).isEqualTo(2);
        assertThat(withoutLive.err()).contains("check reads no database without --live");
    }
}
