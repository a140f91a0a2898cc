package dev.godwit.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.godwit.core.testing.OwnCache;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `godwit dev start|status|stop` as a user runs it, and a check that uses the kept server. */
class DevCommandTest {

    @TempDir
    Path project;

    @RegisterExtension
    final OwnCache cache = new OwnCache();

    /** Before the extension puts the build's cache folder back: the state file is in this test's. */
    @AfterEach
    void stop() {
        Cli.run(project, "dev", "stop");
    }

    @Test
    void startStatusUseAndStop() throws Exception {
        assertThat(Cli.run(project, "dev", "status", "--json").out()).contains("\"running\":false");
        Cli started = Cli.run(project, "dev", "start", "--idle", "10m");
        assertThat(started.exitCode()).isZero();
        assertThat(started.out()).startsWith("started: PostgreSQL 17 on localhost:").contains("stopping after 10 min without a connection");
        assertThat(Cli.run(project, "dev", "status").out()).startsWith("running: PostgreSQL 17");

        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id bigint PRIMARY KEY);\n");
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE trip (id bigint PRIMARY KEY, title text);\n");
        assertThat(Cli.run(project, "hash", "--migrations", "migrations").exitCode()).isZero();
        Cli check = Cli.run(project, "check", "--dialect", "postgresql", "--migrations", "migrations", "--schema", "schema.sql");
        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("title");

        Cli stopped = Cli.run(project, "dev", "stop");
        assertThat(stopped.out()).startsWith("stopped the dev server on port");
        assertThat(Cli.run(project, "dev", "status").out()).isEqualTo("no dev server running\n");
    }

    @Test
    void sqliteHasNoDevServer() {
        Cli refused = Cli.run(project, "dev", "start", "--dialect", "sqlite");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("SQLite has no dev server to keep running");
    }
}
