package dev.godwit.postgres;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.CacheDirectory;
import dev.godwit.core.spi.KeptDevServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded PostgreSQL {@code godwit dev start} keeps running: a background process
 * ({@link DevServerKeeper}) holds it and writes where it listens in
 * {@code ~/.cache/godwit/dev-server/postgresql-<major>.properties}; dev databases look there before
 * starting a server of their own ({@link #port}). One per major version and cache folder.
 */
final class KeptServer implements KeptDevServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String major;

    KeptServer(String major) {
        this.major = major;
    }

    /** Where the kept server of this major version listens, if one runs and answers. */
    static Optional<Integer> port(String major) {
        return read(major).filter(KeptServer::alive).map(State::port);
    }

    @Override
    public Status start(Duration idle) {
        // One start at a time per machine and version: two at once would each start a server.
        Path lock = file(major).resolveSibling("postgresql-" + major + ".lock");
        try {
            Files.createDirectories(lock.getParent());
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = channel.lock()) {
                return startLocked(idle);
            }
        } catch (IOException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config", "reason", e.getMessage()), Message.of("postgres.dev-database-config.next", "parent", lock.getParent()));
        }
    }

    private Status startLocked(Duration idle) {
        Optional<State> running = read(major).filter(KeptServer::alive);
        if (running.isPresent()) {
            return status(running.get(), "already running: ");
        }
        Path log = file(major).resolveSibling("postgresql-" + major + ".log");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            // setsid: the keeper is not in the terminal's process group, so closing the terminal does not stop it.
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid");
            }
            command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-Dgodwit.cache=" + CacheDirectory.path(),
                    "-cp", System.getProperty("java.class.path"), DevServerKeeper.class.getName(), major, String.valueOf(idle.toSeconds())));
            Process keeper = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<State> state = read(major).filter(KeptServer::alive);
                if (state.isPresent()) {
                    return status(state.get(), "started: ");
                }
                // setsid forks only when it leads a process group (it does not here), and then exits 0 at once.
                if (!keeper.isAlive() && keeper.exitValue() != 0) {
                    break;
                }
                Thread.sleep(100);
            }
            keeper.destroy();
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config-2", "log", log), Message.of("postgres.dev-database-config-2.next"));
        } catch (IOException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_CONFIG, Message.of("postgres.dev-database-config-3", "reason", e.getMessage()), Message.of("postgres.dev-database-config-3.next", "log", log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return status();
        }
    }

    @Override
    public Status stop() {
        Optional<State> state = read(major);
        if (state.isEmpty() || ProcessHandle.of(state.get().pid()).filter(ProcessHandle::isAlive).isEmpty()) {
            deleteQuietly(file(major));
            return new Status(false, "no dev server was running");
        }
        ProcessHandle keeper = ProcessHandle.of(state.get().pid()).get();
        keeper.destroy(); // SIGTERM: the keeper's shutdown hook stops PostgreSQL and removes its files
        try {
            keeper.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            keeper.destroyForcibly();
        }
        return new Status(false, "stopped the dev server on port " + state.get().port());
    }

    @Override
    public Status status() {
        return read(major).filter(KeptServer::alive).map(s -> status(s, "running: ")).orElse(new Status(false, "no dev server running"));
    }

    private static Status status(State state, String prefix) {
        return new Status(true, prefix + "PostgreSQL " + state.major() + " on localhost:" + state.port() + " (process " + state.pid() + ", since "
                + state.started() + "), stopping after " + shown(state.idle()) + " without a connection; diff, check and lint --trace use it");
    }

    static String shown(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    /** What the keeper wrote. */
    record State(String major, int port, long pid, Instant started, Duration idle) {
    }

    static Path file(String major) {
        return CacheDirectory.path().resolve("dev-server").resolve("postgresql-" + major + ".properties");
    }

    static Optional<State> read(String major) {
        Path file = file(major);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new State(major, Integer.parseInt(p.getProperty("port")), Long.parseLong(p.getProperty("pid")),
                    Instant.parse(p.getProperty("started")), Duration.ofSeconds(Long.parseLong(p.getProperty("idle-seconds")))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Written by the keeper once its server accepts connections. */
    static void write(State state) throws IOException {
        Path file = file(state.major());
        Files.createDirectories(file.getParent());
        Properties p = new Properties();
        p.setProperty("port", String.valueOf(state.port()));
        p.setProperty("pid", String.valueOf(state.pid()));
        p.setProperty("started", state.started().toString());
        p.setProperty("idle-seconds", String.valueOf(state.idle().toSeconds()));
        Path partial = Files.createTempFile(file.getParent(), "state", ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            p.store(out, "the dev server godwit dev start keeps; removed when it stops");
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Its process lives and its port answers (a state file left by a killed keeper is neither). */
    private static boolean alive(State state) {
        if (ProcessHandle.of(state.pid()).filter(ProcessHandle::isAlive).isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", state.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // read as absent next time: its process is gone
        }
    }
}
