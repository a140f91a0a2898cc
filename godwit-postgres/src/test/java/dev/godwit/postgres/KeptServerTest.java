package dev.godwit.postgres;

import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.KeptDevServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.godwit.core.testing.OwnCache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `godwit dev start|stop|status`: a server in a process of its own, used by the dev databases of
 * other processes, gone when stopped or idle, and leaving nothing behind.
 */
class KeptServerTest {

    @RegisterExtension
    final OwnCache cache = new OwnCache();
    private final KeptServer kept = new KeptServer(PostgresDevDatabase.DEFAULT_VERSION);

    /** Before the extension puts the build's cache folder back: the state file is in this test's. */
    @AfterEach
    void stop() {
        kept.stop();
    }

    @Test
    void devDatabasesAreMadeOnTheKeptServerAndDroppedFromIt() throws Exception {
        assertThat(kept.status().running()).isFalse();
        KeptDevServer.Status started = kept.start(Duration.ofHours(1));
        assertThat(started.running()).isTrue();
        assertThat(started.description()).startsWith("started: PostgreSQL 17 on localhost:");
        assertThat(kept.start(Duration.ofHours(1)).description()).as("a second start finds it").startsWith("already running: ");
        int port = KeptServer.port(PostgresDevDatabase.DEFAULT_VERSION).orElseThrow();

        try (PostgresDevDatabase dev = new PostgresDevDatabase(DevSettings.EMBEDDED); Connection scratch = dev.create()) {
            assertThat(dev.describe()).isEqualTo("embedded PostgreSQL kept running by `godwit dev start` (port " + port + ")");
            try (Statement s = scratch.createStatement()) {
                s.execute("CREATE TABLE trip (id bigint PRIMARY KEY)");
            }
            assertThat(devDatabases(port)).hasSize(1);
        }
        assertThat(devDatabases(port)).as("dropped when the dev database closed: the server outlives the command").isEmpty();

        KeptDevServer.Status stopped = kept.stop();
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.description()).isEqualTo("stopped the dev server on port " + port);
        assertThat(kept.status().running()).isFalse();
        assertThat(KeptServer.file(PostgresDevDatabase.DEFAULT_VERSION)).doesNotExist();
    }

    @Test
    void itStopsByItselfWhenNoOneConnects() throws Exception {
        kept.start(Duration.ofSeconds(2));
        long pid = KeptServer.read(PostgresDevDatabase.DEFAULT_VERSION).orElseThrow().pid();
        ProcessHandle keeper = ProcessHandle.of(pid).orElseThrow();
        keeper.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(kept.status().running()).isFalse();
        assertThat(KeptServer.file(PostgresDevDatabase.DEFAULT_VERSION)).doesNotExist();
        assertThat(Files.readString(KeptServer.file(PostgresDevDatabase.DEFAULT_VERSION).resolveSibling("postgresql-17.log")))
                .contains("no client for");
    }

    private static List<String> devDatabases(int port) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection admin = DevServer.kept(port).admin(); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'godwit_dev_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
