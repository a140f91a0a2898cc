package dev.godwit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ${name}} in migrations, on a real SQLite file: values from the file, the environment and flags; each error before anything runs. */
class PlaceholdersTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=jdbc:sqlite:app.db\nplaceholder.table=trip\n");
    }

    private void write(String name, String sql) throws Exception {
        Files.writeString(dir.resolve("migrations").resolve(name), sql, StandardCharsets.UTF_8);
        assertThat(Cli.run(dir, "hash").exitCode()).isZero();
    }

    private String query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void valuesComeFromTheFileTheEnvironmentAndFlagsAndTheChecksumIsOfTheFileAsWritten() throws Exception {
        write("V1__create.sql", "CREATE TABLE ${table} (id INTEGER PRIMARY KEY, made_by TEXT DEFAULT '${godwit:filename}');\n");
        write("V2__seed.sql", "INSERT INTO ${table} (id) VALUES (${first_id});\n");
        Cli migrated = Cli.run(dir, Map.of("GODWIT_PLACEHOLDER_FIRST_ID", "7"), "migrate");
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        assertThat(query("SELECT id || ' ' || made_by FROM trip")).isEqualTo("7 V1__create.sql");

        write("V3__more.sql", "INSERT INTO ${table} (id) VALUES (${first_id} + 1);\n");
        Cli flagged = Cli.run(dir, "migrate", "--placeholder", "first_id=20");
        assertThat(flagged.exitCode()).as(flagged.all()).isZero();
        assertThat(query("SELECT max(id) FROM trip")).isEqualTo("21");
        Cli status = Cli.run(dir, "status");
        assertThat(status.exitCode()).as("other values than those applied with change no checksum: " + status.all()).isZero();
        assertThat(status.out()).doesNotContain("changed");
    }

    @Test
    void anUndefinedPlaceholderStopsTheRunBeforeTheFirstMigrationNamingFileAndLine() throws Exception {
        write("V1__create.sql", "CREATE TABLE ${table} (id INTEGER PRIMARY KEY);\n");
        write("V2__seed.sql", "INSERT INTO trip VALUES (1);\n\nINSERT INTO trip VALUES (${second});\n");
        Cli refused = Cli.run(dir, "migrate");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("error[GW-E213]").contains("V2__seed.sql line 3: placeholder ${second} has no value")
                .contains("placeholder.second=").contains("GODWIT_PLACEHOLDER_SECOND");
        assertThat(query("SELECT count(*) FROM sqlite_master WHERE name = 'trip'")).as("nothing ran").isEqualTo("0");
    }

    @Test
    void malformedAndSelfReferringPlaceholdersAreErrorsAndNoPlaceholdersKeepsTheTextAsWritten() throws Exception {
        write("V1__create.sql", "CREATE TABLE t (note TEXT);\nINSERT INTO t VALUES ('${oops');\n");
        Cli malformed = Cli.run(dir, "migrate");
        assertThat(malformed.exitCode()).isEqualTo(1);
        assertThat(malformed.err()).contains("error[GW-E214]").contains("V1__create.sql line 2: malformed placeholder `${oops')`")
                .contains("-- godwit:no-placeholders");

        write("V1__create.sql", "-- godwit:no-placeholders\nCREATE TABLE t (note TEXT);\nINSERT INTO t VALUES ('${oops} ${table}');\n");
        assertThat(Cli.run(dir, "migrate").exitCode()).isZero();
        assertThat(query("SELECT note FROM t")).isEqualTo("${oops} ${table}");

        Files.writeString(dir.resolve("godwit.properties"), "url=jdbc:sqlite:app.db\nplaceholder.table=${tenant}_trip\n");
        Cli recursive = Cli.run(dir, "status");
        assertThat(recursive.exitCode()).isEqualTo(2);
        assertThat(recursive.err()).contains("error[GW-E113]").contains("placeholder table's value ${tenant}_trip refers to another placeholder");
    }
}
