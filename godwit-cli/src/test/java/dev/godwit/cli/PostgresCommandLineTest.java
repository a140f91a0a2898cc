package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line against a real PostgreSQL with password authentication. */
class PostgresCommandLineTest {

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void project() throws IOException {
        url = EmbeddedPostgresSupport.newDatabase();
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__create_trip.sql"), "CREATE TABLE trip (id SERIAL PRIMARY KEY, title TEXT NOT NULL);\n");
        Cli.run(dir, "hash");
    }

    @Test
    void aPaasDatabaseUrlIsUnderstoodAndItsPasswordNeverPrinted() {
        String databaseUrl = url.replace("jdbc:postgresql://", "postgres://" + EmbeddedPostgresSupport.APP_USER + ":"
                + EmbeddedPostgresSupport.APP_PASSWORD + "@");
        Cli migrate = Cli.run(dir, Map.of("DATABASE_URL", databaseUrl), "migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("applied V1__create_trip.sql");

        Cli status = Cli.run(dir, Map.of("DATABASE_URL", databaseUrl), "status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("database: " + url).doesNotContain(EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Test
    void theServerAndLaptopStoryThroughTheCommandLine() throws IOException {
        Map<String, String> env = Map.of("GODWIT_URL", url, "GODWIT_USER", EmbeddedPostgresSupport.APP_USER,
                "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD, "GODWIT_DEV_URL", EmbeddedPostgresSupport.newDatabase(),
                "GODWIT_DEV_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_DEV_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
        Path v2 = dir.resolve("migrations/V2__add_facture_pdf.sql");
        Files.writeString(v2, "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255);\n");
        Cli.run(dir, env, "hash");
        assertThat(Cli.run(dir, env, "migrate").exitCode()).isZero();

        // The laptop regenerates V2 differently and deploys it.
        Files.writeString(v2, "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(500);\nCREATE INDEX trip_facture_pdf_idx ON trip (facture_pdf);\n");
        Cli.run(dir, env, "hash");
        Cli status = Cli.run(dir, env, "status");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.out()).contains("the live schema differs from what the files produce at V2")
                .contains("trip.facture_pdf is character varying(255) live, character varying(500) in the files")
                .contains("index trip_facture_pdf_idx is missing live");
        assertThat(Cli.run(dir, env, "migrate").exitCode()).isEqualTo(1);
        Cli repair = Cli.run(dir, env, "repair");
        assertThat(repair.exitCode()).isEqualTo(1);
        assertThat(repair.err()).contains("matches no version").contains("ALTER COLUMN facture_pdf TYPE character varying(500)");

        // Regenerated again with the SQL that ran, under another name: repair accepts it.
        Files.delete(v2);
        Files.writeString(dir.resolve("migrations/V2__facture.sql"), "-- regenerated\nALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255);\n");
        Cli.run(dir, env, "hash");
        Cli accepted = Cli.run(dir, env, "repair");
        assertThat(accepted.exitCode()).as(accepted.all()).isZero();
        assertThat(accepted.out()).contains("V2 is applied, as V2__facture.sql (was changed)");
        assertThat(Cli.run(dir, env, "status").exitCode()).isZero();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutEchoingIt() {
        Cli cli = Cli.run(dir, Map.of("GODWIT_PASSWORD", "not-the-Pa55word"), "status", "--url", url, "--user", EmbeddedPostgresSupport.APP_USER);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("error[GW-E301]: cannot connect to " + url)
                .contains("password authentication failed for user \"godwit_app\"")
                .contains("next: check the user name and password");
        assertThat(cli.all()).doesNotContain("not-the-Pa55word").doesNotContain("Exception");
    }

    @Test
    void aPasswordInsideTheJdbcUrlIsMaskedInMessages() {
        Cli cli = Cli.run(dir, "status", "--url", url + "?user=godwit_app&password=hunter2xyz");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("password=****");
        assertThat(cli.all()).doesNotContain("hunter2xyz");
    }

    @Test
    void anUnreachableServerFailsPromptlyWithAClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();
        Cli cli = Cli.run(dir, "status", "--url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/odyssee", "--user", "x");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("cannot connect to jdbc:postgresql://127.0.0.1:" + closedPort)
                .contains("next: check the host and port");
        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(30);
    }

    @Test
    void aMissingDatabaseSaysSo() {
        Cli cli = Cli.run(dir, Map.of("GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD), "status",
                "--url", url + "_nope", "--user", EmbeddedPostgresSupport.APP_USER);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("does not exist").contains("next: create the database, or fix its name");
    }
}
