package dev.godwit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Lint where a team reads it: GitHub annotations on the pull request, levels set by the project. */
class LintFormatTest {

    @TempDir
    Path dir;

    @Test
    void findingsBecomeWorkflowAnnotationsAndTheProjectSetsTheLevels() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id integer PRIMARY KEY, title text);\n");
        Files.writeString(dir.resolve("migrations/V2__changes.sql"),
                "CREATE INDEX trip_title_idx ON trip (title);\nALTER TABLE trip ALTER COLUMN title DROP NOT NULL;\nDELETE FROM trip;\n");
        Files.writeString(dir.resolve("godwit.properties"), "dialect=postgresql\n");
        Cli.run(dir, "hash");

        Cli github = Cli.run(dir, "lint", "--format", "github");
        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(github.out().lines().toList()).containsExactly(
                "::warning file=migrations/V2__changes.sql,line=1,title=GW106 index-not-concurrent::CREATE INDEX trip_title_idx on trip blocks writes while it builds%0Afix: CREATE INDEX CONCURRENTLY in a migration of its own starting with `-- godwit:no-transaction`",
                "::warning file=migrations/V2__changes.sql,line=2,title=GW121 drop-not-null::trip.title may now hold NULL: the running application may read it as never null%0Afix: deploy code that handles NULL first",
                "::error file=migrations/V2__changes.sql,line=3,title=GW110 update-delete-without-where::DELETE of every row of trip (no WHERE)%0Afix: add a WHERE clause; to touch every row on purpose, write WHERE true");

        Files.writeString(dir.resolve("godwit.properties"), "dialect=postgresql\nlint.GW106=off\nlint.update-delete-without-where=warning\n");
        Cli leveled = Cli.run(dir, "lint");
        assertThat(leveled.exitCode()).as(leveled.all()).isZero();
        assertThat(leveled.out()).doesNotContain("GW106").contains("warning GW110").contains("warning GW121");

        Files.writeString(dir.resolve("godwit.properties"), "dialect=postgresql\nlint.GW106=loud\n");
        Cli bad = Cli.run(dir, "lint");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("lint.GW106=loud in godwit.properties is not a level");
    }

    @Test
    void checkPutsItsFindingsAndTheSchemaDifferenceOnThePullRequest() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT);\nDELETE FROM trip;\n");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT, nights INTEGER);\n");
        Files.writeString(dir.resolve("godwit.properties"), "dialect=sqlite\nschema=schema.sql\n");
        Cli.run(dir, "hash");

        Cli check = Cli.run(dir, "check", "--format", "github");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out().lines().toList()).hasSize(2);
        assertThat(check.out()).contains("::error file=migrations/V1__trip.sql,line=2,title=GW110 update-delete-without-where::DELETE of every row of trip")
                .containsPattern("::error file=schema.sql,line=1,title=GW-E\\d+ schema-differs::the desired schema differs from what the migrations produce:%0A- add column trip.nights");
    }
}
