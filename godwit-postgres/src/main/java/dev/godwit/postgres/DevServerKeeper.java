package dev.godwit.postgres;

import dev.godwit.core.spi.DevSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The background process of {@code godwit dev start}: starts the embedded PostgreSQL, says where in
 * its state file ({@link KeptServer}), and stops it once no client has been connected for the idle
 * time, when it is told to ({@code godwit dev stop}: SIGTERM), or when its state file names another.
 */
public final class DevServerKeeper {

    private static final Duration POLL = Duration.ofSeconds(2);

    private DevServerKeeper() {
    }

    /** @param args the major version, and the idle time in seconds */
    public static void main(String[] args) throws Exception {
        String major = args[0];
        Duration idle = Duration.ofSeconds(Long.parseLong(args[1]));
        EmbeddedDevServer.Started started = PostgresDevDatabase.startEmbedded(new DevSettings(null, null, null, major));
        DevServer server = started.server();
        long pid = ProcessHandle.current().pid();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (KeptServer.read(major).map(KeptServer.State::pid).filter(p -> p == pid).isPresent()) {
                KeptServer.deleteQuietly(KeptServer.file(major));
            }
            server.close();
            DataDirectoryTemplate.delete(started.dataDirectory());
        }, "godwit-dev-server-stop"));
        KeptServer.write(new KeptServer.State(major, server.port(), pid, Instant.now(), idle));
        System.out.println("dev server of PostgreSQL " + major + " on port " + server.port() + ", process " + pid);
        Instant lastUsed = Instant.now();
        try (Connection watch = server.admin(); PreparedStatement clients = watch.prepareStatement(
                "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            while (true) {
                Thread.sleep(POLL.toMillis());
                Optional<Long> named = KeptServer.read(major).map(KeptServer.State::pid);
                if (named.isEmpty() || named.get() != pid) {
                    System.out.println("the state file no longer names this process: stopping");
                    break;
                }
                try (ResultSet rs = clients.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        lastUsed = Instant.now();
                    }
                }
                if (Duration.between(lastUsed, Instant.now()).compareTo(idle) > 0) {
                    System.out.println("no client for " + KeptServer.shown(idle) + ": stopping");
                    break;
                }
            }
        }
        System.exit(0);
    }
}
