package dev.godwit.importing;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changelogs in Liquibase's other formats, with includes, rendered on a real SQLite scratch database. */
class LiquibaseImportTest {

    @TempDir
    Path dir;

    private LiquibaseImport.Result convert(Path changelog) throws Exception {
        try (Connection scratch = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("scratch.db"))) {
            return LiquibaseImport.convert(changelog, "sqlite", dir.resolve("migrations"), scratch);
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aYamlMasterIncludingFormattedSqlAndJsonBecomesMigrationsInOrder() throws Exception {
        Path master = write("db/master.yaml", """
                databaseChangeLog:
                  - include:
                      file: trips.sql
                      relativeToChangelogFile: true
                  - include:
                      file: invoices.json
                      relativeToChangelogFile: true
                """);
        write("db/trips.sql", """
                --liquibase formatted sql

                --changeset eva:create-trip
                CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL);
                --rollback DROP TABLE trip;

                --changeset eva:views runOnChange:true
                DROP VIEW IF EXISTS trip_titles;
                CREATE VIEW trip_titles AS SELECT title FROM trip;

                --changeset eva:stamp runAlways:true
                UPDATE trip SET title = title WHERE 1 = 0;

                --changeset eva:seed context:dev labels:demo
                --preconditions onFail:MARK_RAN
                --precondition-sql-check expectedResult:0 SELECT count(*) FROM trip
                INSERT INTO trip (id, title) VALUES (1, 'Naxos');
                """);
        write("db/invoices.json", """
                {"databaseChangeLog": [
                  {"changeSet": {"id": "create-invoice", "author": "marc", "changes": [
                    {"createTable": {"tableName": "invoice", "columns": [
                      {"column": {"name": "id", "type": "INTEGER", "constraints": {"primaryKey": true}}},
                      {"column": {"name": "trip_id", "type": "INTEGER"}}]}}]}},
                  {"changeSet": {"id": "oracle-only", "author": "marc", "dbms": "oracle", "changes": [
                    {"sql": {"sql": "SELECT 1 FROM dual"}}]}}
                ]}
                """);

        LiquibaseImport.Result result = convert(master);

        assertThat(result.written()).extracting(p -> p.getFileName().toString()).containsExactly(
                "V1__create_trip.sql", "U1__create_trip.sql", "R__views.sql", "afterMigrate__stamp.sql", "V2__seed.sql",
                "V3__create_invoice.sql", "U3__create_invoice.sql");
        assertThat(Files.readString(dir.resolve("migrations/V1__create_trip.sql")))
                .startsWith("-- liquibase changeset: trips.sql::create-trip::eva\n").contains("CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL);");
        assertThat(Files.readString(dir.resolve("migrations/U1__create_trip.sql"))).contains("DROP TABLE trip;");
        assertThat(Files.readString(dir.resolve("migrations/V2__seed.sql"))).contains("-- context: dev").contains("-- labels: demo")
                .contains("-- preconditions: sqlCheck (onFail MARK_RAN;");
        assertThat(Files.readString(dir.resolve("migrations/V3__create_invoice.sql"))).containsIgnoringCase("CREATE TABLE invoice");
        assertThat(Files.readString(dir.resolve("migrations/U3__create_invoice.sql"))).containsIgnoringCase("DROP TABLE invoice");
        assertThat(result.notes())
                .anySatisfy(n -> assertThat(n).contains("trips.sql::views::eva").contains("repeatable migration R__views.sql"))
                .anySatisfy(n -> assertThat(n).contains("runAlways").contains("afterMigrate__stamp.sql"))
                .anySatisfy(n -> assertThat(n).contains("context dev is not carried over"))
                .anySatisfy(n -> assertThat(n).contains("preconditions sqlCheck are not carried over"))
                .anySatisfy(n -> assertThat(n).contains("oracle-only").contains("leaves out sqlite"));
    }

    @Test
    void aTargetFolderWithMigrationsAMissingChangelogAndABrokenOneAreRefused() throws Exception {
        write("migrations/V1__x.sql", "SELECT 1;\n");
        Path good = write("db/changelog.xml", "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"/>\n");
        assertThatThrownBy(() -> convert(good)).isInstanceOfSatisfying(GodwitException.class,
                e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.FILE_EXISTS));
        Files.delete(dir.resolve("migrations/V1__x.sql"));

        assertThatThrownBy(() -> convert(dir.resolve("db/nope.xml"))).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.IMPORT_SOURCE);
            assertThat(e.problem().summary()).contains("nope.xml does not exist");
        });
        Path broken = write("db/broken.xml", "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"><changeSet id=\"1\">\n");
        assertThatThrownBy(() -> convert(broken)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.IMPORT_CHANGESET);
            assertThat(e.problem().summary()).contains("broken.xml");
        });
    }
}
