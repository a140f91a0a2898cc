package dev.godwit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user's first commands meet when the shell and the files disagree about the database. */
class NewUserTest {

    @TempDir
    Path dir;

    @Test
    void initWritesTheDialectDatabaseUrlNamesAndNotAnSqliteUrl() throws Exception {
        Cli init = Cli.run(dir, Map.of("DATABASE_URL", "postgres://odyssee:hunter2-secret@db.internal:5432/odyssee"), "init");
        assertThat(init.exitCode()).as(init.all()).isZero();
        String properties = Files.readString(dir.resolve("godwit.properties"));
        assertThat(properties).contains("dialect=postgresql").contains("# url: from DATABASE_URL (postgres://odyssee:")
                .doesNotContain("hunter2-secret").doesNotContain("url=jdbc:sqlite");
        assertThat(init.all()).doesNotContain("hunter2-secret");
    }

    @Test
    void statusNeverCreatesAnSqliteFileAndMigrateSaysItCreatesOne() throws Exception {
        Files.writeString(dir.resolve("godwit.properties"), "url=jdbc:sqlite:" + dir.resolve("godwit.db") + "\n");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        Cli.run(dir, "hash");

        Cli status = Cli.run(dir, "status");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.err()).contains("GW-E307").contains("does not exist; this command reads a database, it creates none")
                .contains("DATABASE_URL");
        assertThat(dir.resolve("godwit.db")).doesNotExist();

        Cli migrate = Cli.run(dir, "migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.all()).contains("creating the SQLite database").contains("it does not exist yet");
        assertThat(Cli.run(dir, "status").exitCode()).isZero();
    }

    @Test
    void postgresSqlOnSqliteIsSaidToBeADialectMismatchNotAFileToFix() throws Exception {
        Files.writeString(dir.resolve("godwit.properties"), "url=jdbc:sqlite:" + dir.resolve("godwit.db") + "\n");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n");
        Cli.run(dir, "hash");

        Cli migrate = Cli.run(dir, "migrate");
        assertThat(migrate.exitCode()).isEqualTo(1);
        assertThat(migrate.err()).contains("the statement is PostgreSQL SQL (GENERATED ALWAYS AS IDENTITY), and this database is SQLite")
                .contains("check url=, GODWIT_URL and DATABASE_URL").doesNotContain("next: fix the file");
    }
}
