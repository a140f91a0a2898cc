package dev.godwit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** `godwit report --merge`: the shards' --json reports become one report, a failed target still failing it. */
class ReportMergeTest {

    @TempDir
    Path dir;

    @Test
    void theShardsReportsMergeIntoOneTableAndOneDocument() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\n");
        Files.writeString(dir.resolve("godwit.properties"), "dialect=sqlite\n");
        assertThat(Cli.run(dir, "hash").exitCode()).isZero();
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            Path db = dir.resolve("tenant-" + i + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute(i == 5 ? "CREATE TABLE trip (id INTEGER)" : "SELECT 1"); // tenant-5 holds a table but no history: refused
            }
            targets.append("tenant-").append(i).append("=jdbc:sqlite:").append(db).append('\n');
        }
        Files.writeString(dir.resolve("targets.txt"), targets.toString());
        for (int shard = 1; shard <= 2; shard++) {
            Cli run = Cli.run(dir, "migrate", "--targets", "targets.txt", "--shard", shard + "/2", "--json");
            assertThat(run.out().lines().count()).as("one JSON document: " + run.out()).isEqualTo(1);
            Files.writeString(dir.resolve("shard-" + shard + ".json"), run.out());
        }

        Cli merged = Cli.run(dir, "report", "--merge", "shard-1.json", "shard-2.json");

        assertThat(merged.exitCode()).as(merged.all()).isEqualTo(1);
        assertThat(merged.out()).contains("8 target(s) in").contains("7 migrated, 0 up to date, 1 failed, 0 not started")
                .containsPattern("tenant-5 +failed .*\\[GW-E404\\] the database already holds 1 table");
        for (int i = 0; i < 8; i++) {
            assertThat(merged.out()).contains("tenant-" + i + " ");
        }
        assertThat(merged.err()).contains("GW-E413").contains("1 of 8 target(s) failed");
        Cli json = Cli.run(dir, "report", "--merge", "shard-1.json", "shard-2.json", "--json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).contains("\"ok\":false,\"code\":\"GW-E413\",\"targets\":8,\"failed\":1,\"notStarted\":0").contains("\"reports\":2");
    }

    @Test
    void whatCannotBeMergedIsNamed() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"ok\":true,\"targets\":1,\"millis\":3,\"results\":[{\"target\":\"t1\",\"outcome\":\"migrated\",\"applied\":1}]}");
        Files.writeString(dir.resolve("broken.json"), "{\"ok\": tru");
        Files.writeString(dir.resolve("drift.json"), "{\"ok\":true,\"targets\":1,\"results\":[{\"target\":\"t1\",\"ok\":true}]}");

        Cli twice = Cli.run(dir, "report", "--merge", "a.json", "a.json");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("GW-E116").contains("names target t1, which a.json names too: the shards overlap");
        assertThat(Cli.run(dir, "report", "--merge", "broken.json").err()).contains("broken.json is not JSON (line 1)");
        assertThat(Cli.run(dir, "report", "--merge", "drift.json").err()).contains("is not the --json report of a fleet migrate");
        assertThat(Cli.run(dir, "report", "--merge", "missing.json").err()).contains("missing.json does not exist");
        assertThat(Cli.run(dir, "report", "--merge", "a.json").exitCode()).isZero();
    }
}
