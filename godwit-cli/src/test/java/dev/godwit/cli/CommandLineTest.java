package dev.godwit.cli;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The command line on a real SQLite file, driven the way a user types it. */
class CommandLineTest {

    @TempDir
    Path dir;

    private Cli godwit(String... args) {
        return Cli.run(dir, args);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(dir.resolve("migrations").resolve(name), sql, StandardCharsets.UTF_8);
    }

    @Test
    void initNewHashMigrateStatusOnAFreshProject() throws Exception {
        Cli init = godwit("init");
        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("created godwit.properties, migrations/, migrations/godwit.sum");

        Cli created = godwit("new", "create", "trip");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("created migrations/V1__create_trip.sql");
        write("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\nINSERT INTO trip (title) VALUES ('Naxos');\n");
        assertThat(godwit("migrate").exitCode()).as("the file changed after `new`: godwit.sum must be rewritten first").isEqualTo(1);
        assertThat(godwit("hash").out()).contains("wrote godwit.sum: 1 file(s)");

        Cli migrate = godwit("migrate");
        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.out()).contains("applied V1__create_trip.sql").contains("now at version 1");
        assertThat(godwit("migrate").out()).contains("nothing to migrate: the database is at version 1");

        assertThat(godwit("new", "Add facture PDF").out()).contains("V2__add_facture_pdf.sql");
        Cli status = godwit("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("current version: 1").containsPattern("2\\s+pending\\s+add facture pdf");
        assertThat(rows("SELECT count(*) FROM trip")).isEqualTo(1);
    }

    @Test
    void statusJsonCarriesCurrentAndEveryMigrationsState() throws Exception {
        godwit("init");
        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        godwit("hash");
        Cli none = godwit("status", "--json");
        assertThat(none.out()).as("status creates no database").startsWith("{\"ok\":false,\"error\":{\"code\":\"GW-E307\"");
        godwit("migrate", "--target", "0");
        Cli empty = godwit("status", "--json");
        assertThat(empty.out()).startsWith("{\"ok\":true,\"current\":null,\"migrations\":[{\"version\":\"1\",\"description\":\"a\",\"state\":\"pending\",\"checksum\":\"");
        godwit("migrate");
        write("V2__b.sql", "CREATE TABLE b (id INTEGER);\n");
        godwit("hash");

        Cli json = godwit("status", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.err()).isEmpty();
        assertThat(json.out()).contains("\"current\":\"1\"")
                .containsPattern("\\{\"version\":\"1\",\"description\":\"a\",\"state\":\"applied\",\"checksum\":\"[0-9a-f]{64}\"")
                .containsPattern("\\{\"version\":\"2\",\"description\":\"b\",\"state\":\"pending\"");

        Cli migrated = godwit("migrate", "--json");
        assertThat(migrated.out()).startsWith("{\"ok\":true,\"dryRun\":false,\"before\":\"1\",\"current\":\"2\",\"applied\":[{\"version\":\"2\"");
    }

    @Test
    void validateAndStatusNameEachDisagreementAndMigrateRefuses() throws Exception {
        godwit("init");
        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        write("V2__b.sql", "CREATE TABLE b (id INTEGER);\n");
        godwit("hash");
        godwit("migrate");
        assertThat(godwit("validate").out()).contains("ok:");

        write("V1__a.sql", "CREATE TABLE a (id INTEGER, name TEXT);\n");
        Cli edited = godwit("validate");
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.err()).contains("V1__a.sql was edited since `godwit hash`");

        godwit("hash");
        Cli changed = godwit("status");
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).containsPattern("1\\s+changed").contains("V1 (a) was applied with checksum");
        assertThat(godwit("migrate").exitCode()).isEqualTo(1);

        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        Files.delete(dir.resolve("migrations/V2__b.sql"));
        godwit("hash");
        Cli missing = godwit("status");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).containsPattern("2\\s+missing").contains("history records V2 (b)");

        write("V2__b.sql", "CREATE TABLE b (id INTEGER);\n");
        godwit("hash");
        write("V3__c.sql", "CREATE TABLE c (id INTEGER);\n");
        Cli unhashed = godwit("migrate");
        assertThat(unhashed.exitCode()).isEqualTo(1);
        assertThat(unhashed.err()).contains("godwit.sum does not match").contains("V3__c.sql was added without `godwit hash`");
        assertThat(godwit("status").exitCode()).isEqualTo(1);
    }

    @Test
    void badInputGetsAClearMessageAndTheRightExitCodeWithoutAStackTrace() throws IOException {
        assertFails(2, "unknown command 'migrat'", godwit("migrat"));
        assertThat(godwit("migrat").err()).contains("did you mean: migrate?");
        assertFails(2, "Unknown option: '--frobnicate'", godwit("migrate", "--frobnicate"));
        assertFails(2, "a command is required", godwit());
        assertFails(2, "no database URL", godwit("status"));
        assertFails(2, "is not a database URL godwit knows", godwit("status", "--url", "jdbc:oracle:thin:@x"));
        assertFails(2, "malformed database URL", Cli.run(dir, Map.of("DATABASE_URL", "postgres://u:p@:5432"), "status"));
        assertFails(2, "migrations directory", godwit("status", "--url", "jdbc:sqlite:" + dir.resolve("x.db"), "--migrations", "nowhere"));
        assertFails(2, "--target '1.x' is not a version", godwit("migrate", "--url", "jdbc:sqlite:x.db", "--target", "1.x"));

        godwit("init");
        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        write("V1.0__also_a.sql", "CREATE TABLE a2 (id INTEGER);\n");
        assertFails(1, "two migrations have version 1: V1.0__also_a.sql and V1__a.sql", godwit("migrate"));
        Files.delete(dir.resolve("migrations/V1.0__also_a.sql"));

        write("Vone__bad.sql", "SELECT 1;\n");
        assertFails(1, "'one' is not a version", godwit("migrate"));
        Files.delete(dir.resolve("migrations/Vone__bad.sql"));

        Files.write(dir.resolve("migrations/V2__latin1.sql"), "-- facturé\nSELECT 1;\n".getBytes(StandardCharsets.ISO_8859_1));
        assertFails(1, "V2__latin1.sql is not UTF-8 text (line 1)", godwit("hash"));
        Files.delete(dir.resolve("migrations/V2__latin1.sql"));

        write("V2__empty.sql", "-- nothing yet\n");
        godwit("hash");
        assertFails(1, "V2__empty.sql has no SQL statement", godwit("migrate"));
    }

    @Test
    void helpAndVersionAreUseful() {
        Cli help = godwit("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: godwit").contains("migrate").contains("status").contains("Exit codes");
        for (String command : new String[] {"tour", "init", "new", "hash", "migrate", "status", "validate", "undo", "baseline"}) {
            Cli sub = godwit(command, "--help");
            assertThat(sub.exitCode()).as(command).isZero();
            assertThat(sub.out()).as(command).contains("Usage: godwit " + command).contains("--url").contains("--json");
        }
        assertThat(godwit("migrate", "--help").out()).contains("--dry-run").contains("--target");
        assertThat(godwit("--version").out()).containsPattern("godwit \\d+\\.\\d+").contains("dialects: postgresql, sqlite");
    }

    @Test
    void dryRunPrintsTheStatementsAndChangesNothing() throws Exception {
        godwit("init");
        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n-- seed\nINSERT INTO a VALUES (1);\n");
        godwit("hash");
        Cli dry = godwit("migrate", "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("-- V1__a.sql\nCREATE TABLE a (id INTEGER);\nINSERT INTO a VALUES (1);");
        assertThat(godwit("status", "--json").out()).contains("\"current\":null");
    }

    @Test
    void databaseUrlFromTheEnvironmentAndGodwitVariablesWin() throws Exception {
        godwit("init");
        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        godwit("hash");
        Path other = dir.resolve("other.db");
        Cli viaEnv = Cli.run(dir, Map.of("DATABASE_URL", "jdbc:sqlite:" + dir.resolve("ignored.db"), "GODWIT_URL", "jdbc:sqlite:" + other), "migrate");
        assertThat(viaEnv.exitCode()).isZero();
        assertThat(Files.exists(other)).isTrue();
        assertThat(Files.exists(dir.resolve("ignored.db"))).isFalse();
    }

    @Test
    void tourRunsEndToEnd() {
        Cli tour = godwit("tour");
        assertThat(tour.exitCode()).isZero();
        assertThat(tour.out()).contains("wrote migrations/V1__create_trip.sql").contains("applied V1__create_trip.sql")
                .contains("ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255)").contains("nothing to migrate")
                .contains("rebuild table trip").contains("still there: Cyclades en voilier, Naxos")
                .contains("was applied with checksum").contains("the live schema differs from what the files produce at V4")
                .contains("invoice_ref is VARCHAR(255) live, VARCHAR(500) in the files").contains("the live schema matches no version")
                .contains("wrote migrations/V4__invoice_ref.sql from history").contains("wrote migrations/V5__longer_invoice_ref.sql")
                .contains("the desired schema differs")
                .contains("ok: the migrations produce the desired schema").contains("That was godwit. Next:");
    }

    private static void assertFails(int code, String message, Cli cli) {
        assertThat(cli.exitCode()).as(cli.all()).isEqualTo(code);
        assertThat(cli.err()).as(cli.all()).containsPattern("error\\[GW-E\\d{3}\\]: ").contains(message);
        assertThat(cli.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private long rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("godwit.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
