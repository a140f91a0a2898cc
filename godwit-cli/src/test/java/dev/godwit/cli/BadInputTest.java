package dev.godwit.cli;

import dev.godwit.core.problem.ProblemCode;
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

/**
 * The bad inputs a new user meets, each answered in godwit's shape: its code, the exit code the
 * README defines, what is wrong and where, no stack trace and no password.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private Cli godwit(String... args) {
        return Cli.run(dir, args);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(dir.resolve("migrations").resolve(name), sql, StandardCharsets.UTF_8);
    }

    static void assertProblem(Cli cli, ProblemCode code, String... fragments) {
        assertThat(cli.exitCode()).as(cli.all()).isEqualTo(code.kind().exitCode());
        assertThat(cli.err()).as(cli.all()).contains("error[" + code.code() + "]: ");
        for (String fragment : fragments) {
            assertThat(cli.err()).as(cli.all()).contains(fragment);
        }
        assertThat(cli.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }

    @Test
    void aMalformedUnicodeEscapeInGodwitPropertiesNamesTheFileAndTheLine() throws IOException {
        Files.writeString(dir.resolve("godwit.properties"), "# settings\nmigrations=migrations\nuser=caf\\u00e\nurl=jdbc:sqlite:x.db\n");
        assertProblem(godwit("status"), ProblemCode.CONFIG_FILE_INVALID, "godwit.properties line 3: malformed \\u escape");
    }

    @Test
    void anSqliteUrlAtAFileThatIsNotADatabaseNamesTheFile() throws IOException {
        godwit("init");
        Path notADatabase = dir.resolve("notes.txt");
        Files.writeString(notADatabase, "these are my notes, not a database: " + "x".repeat(200));
        assertProblem(godwit("status", "--url", "jdbc:sqlite:" + notADatabase), ProblemCode.NOT_A_DATABASE,
                "jdbc:sqlite:" + notADatabase + " names a file that is not a sqlite database");
        assertProblem(godwit("migrate", "--url", "jdbc:sqlite:" + notADatabase), ProblemCode.NOT_A_DATABASE, notADatabase.toString());
        assertThat(Files.readString(notADatabase)).startsWith("these are my notes");
    }

    @Test
    void aMalformedDatabaseUrlSaysItCameFromDatabaseUrlAndHidesThePassword() {
        Cli cli = Cli.run(dir, Map.of("DATABASE_URL", "postgres://odyssee:Sup3rS3cret@:5432/odyssee"), "status");
        assertProblem(cli, ProblemCode.BAD_DATABASE_URL, "malformed database URL in DATABASE_URL", "fix DATABASE_URL");
        assertThat(cli.all()).doesNotContain("Sup3rS3cret");

        Cli escape = Cli.run(dir, Map.of("DATABASE_URL", "postgres://odyssee:Sup%zz3rS3cret@db:5432/odyssee"), "status");
        assertProblem(escape, ProblemCode.BAD_DATABASE_URL, "in DATABASE_URL");
        assertThat(escape.all()).doesNotContain("Sup").doesNotContain("3rS3cret");

        Cli unknown = Cli.run(dir, Map.of("DATABASE_URL", "jdbc:oracle:thin:@db"), "status");
        assertProblem(unknown, ProblemCode.BAD_DATABASE_URL, "the URL comes from DATABASE_URL");
        assertProblem(Cli.run(dir, Map.of("GODWIT_URL", "redis://db"), "status"), ProblemCode.BAD_DATABASE_URL, "in GODWIT_URL");
    }

    @Test
    void aTargetBelowTheCurrentVersionSaysTheDatabaseIsPastItAndPointsToUndo() throws IOException {
        godwit("init");
        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        write("V2__b.sql", "CREATE TABLE b (id INTEGER);\n");
        godwit("hash");
        assertThat(godwit("migrate").exitCode()).isZero();
        Cli below = godwit("migrate", "--target", "1");
        assertProblem(below, ProblemCode.TARGET_BEHIND, "already at version 2, past --target 1", "godwit undo");
        assertThat(below.err()).doesNotContain("nothing to migrate");
        assertProblem(godwit("migrate", "--target", "1", "--dry-run"), ProblemCode.TARGET_BEHIND);
        assertThat(godwit("migrate", "--target", "2").out()).contains("nothing to migrate");
    }

    @Test
    void anUnterminatedCommentAtTheEndOfAMigrationIsRefusedBeforeAnythingRuns() throws Exception {
        godwit("init");
        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\n\n/* forgot to close this\nINSERT INTO a VALUES (1);\n");
        godwit("hash");
        assertProblem(godwit("migrate"), ProblemCode.UNTERMINATED_SQL, "V1__a.sql line 3: unterminated /* comment", "nothing was run");
        assertThat(tables()).doesNotContain("a");

        write("V1__a.sql", "CREATE TABLE a (id INTEGER);\nINSERT INTO a VALUES ('it''s open);\n");
        godwit("hash");
        assertProblem(godwit("migrate"), ProblemCode.UNTERMINATED_SQL, "V1__a.sql line 2: unterminated string '");
        assertProblem(godwit("migrate", "--skip-lint"), ProblemCode.UNTERMINATED_SQL);
        assertProblem(godwit("lint"), ProblemCode.UNTERMINATED_SQL);
        assertThat(tables()).doesNotContain("a");
    }

    @Test
    void anEmptyDescriptionIsAcceptedInAFileNameAsFlywayDoesButRefusedByNew() throws Exception {
        godwit("init");
        assertProblem(godwit("new", ""), ProblemCode.BAD_ARGUMENT, "needs a description");
        assertProblem(godwit("new", "!!!"), ProblemCode.BAD_ARGUMENT);
        assertThat(Files.list(dir.resolve("migrations"))).extracting(p -> p.getFileName().toString()).containsExactly("godwit.sum");

        write("V1__.sql", "CREATE TABLE a (id INTEGER);\n");
        godwit("hash");
        Cli migrate = godwit("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("applied V1__.sql");
    }

    @Test
    void aLostMigrationWhoseUndoFileRemainsIsRecoveredFromHistory() throws Exception {
        godwit("init");
        write("V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        write("U1__trip.sql", "DROP TABLE trip;\n");
        godwit("hash");
        assertThat(godwit("migrate").exitCode()).isZero();
        Files.delete(dir.resolve("migrations/V1__trip.sql"));
        assertProblem(godwit("hash"), ProblemCode.ORPHAN_UNDO, "godwit recover 1");

        Cli status = godwit("status", "--json");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.out()).contains("\"code\":\"" + ProblemCode.FILE_MISSING.code() + "\"").contains("run `godwit recover 1`")
                .contains("U1__trip.sql is still in the directory");
        Cli validate = godwit("validate");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.err()).contains("error[" + ProblemCode.SUM_MISMATCH.code() + "]")
                .contains("error[" + ProblemCode.FILE_MISSING.code() + "]").contains("run `godwit recover 1`");

        Cli recover = godwit("recover", "1");
        assertThat(recover.exitCode()).as(recover.all()).isZero();
        assertThat(Files.readString(dir.resolve("migrations/V1__trip.sql"))).contains("CREATE TABLE trip");
        assertThat(godwit("status").exitCode()).isZero();
        assertThat(godwit("undo").exitCode()).isZero();
    }

    @Test
    void anUndoFileThatNoHistoryKnowsIsStillRefused() throws Exception {
        godwit("init");
        write("U7__ghost.sql", "DROP TABLE ghost;\n");
        assertProblem(godwit("hash"), ProblemCode.ORPHAN_UNDO, "undo file U7__ghost.sql has no versioned migration V7");
        assertProblem(godwit("migrate", "--skip-lint"), ProblemCode.SUM_MISMATCH);
    }

    @Test
    void jsonCarriesTheCodeOfEveryProblem() {
        Cli cli = godwit("status", "--json");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).startsWith("{\"ok\":false,\"error\":{\"code\":\"" + ProblemCode.NO_DATABASE_URL.code() + "\",");
        assertThat(godwit("migrat").err()).contains("error[" + ProblemCode.USAGE.code() + "]: unknown command 'migrat'");
    }

    private java.util.List<String> tables() throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("godwit.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
