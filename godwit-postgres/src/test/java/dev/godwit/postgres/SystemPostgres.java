package dev.godwit.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from the system's packages (Debian's {@code postgresql-15}, which .ci/run
 * installs): the one whose {@code pg_dump} can serve as an independent oracle, since pg_dump must be
 * at least the server's major version and zonky's archives carry no pg_dump. Started once per test
 * JVM in a temporary folder; as root it runs as the {@code postgres} user, as PostgreSQL requires.
 */
final class SystemPostgres {

    private static SystemPostgres instance;

    private final Path bin;
    private final Path data;
    private final int port;

    private SystemPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The newest {@code /usr/lib/postgresql/<major>/bin} with a server and pg_dump, if any. */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("pg_dump")) && Files.isExecutable(b.resolve("initdb")))
                    .max((a, b) -> Integer.compare(major(a), major(b)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static synchronized SystemPostgres start(Path bin) throws IOException, InterruptedException {
        if (instance == null) {
            Path folder = Files.createTempDirectory("godwit-system-pg");
            Path data = folder.resolve("data");
            Path sockets = Files.createDirectories(folder.resolve("sockets"));
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "-R", "postgres", folder.toString()));
            }
            run(asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust", "--no-sync"));
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", folder.resolve("log").toString(),
                    "-o", "-p " + port + " -k " + sockets + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start"));
            SystemPostgres server = new SystemPostgres(bin, data, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                    // Its databases take gigabytes: a folder left per run fills the disk.
                    run(List.of("rm", "-rf", folder.toString()));
                } catch (IOException | InterruptedException ignored) {
                    // the JVM is exiting
                }
            }));
            instance = server;
        }
        return instance;
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> all = new ArrayList<>();
        if (root) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    void dropDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** {@code pg_dump --schema-only} of a database, as text. */
    String dump(String database) throws IOException, InterruptedException {
        return run(List.of(bin.resolve("pg_dump").toString(), "--schema-only",
                "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", database));
    }
}
