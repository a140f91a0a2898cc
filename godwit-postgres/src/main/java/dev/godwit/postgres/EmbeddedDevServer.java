package dev.godwit.postgres;

/**
 * The embedded PostgreSQL the dev databases of this process share: started by the first that needs it,
 * stopped when the last lets go, unless someone keeps it running (a fleet command reading a thousand
 * targets keeps one server for all, instead of starting one per target).
 */
final class EmbeddedDevServer {

    /** Starts a server (and checks it), for the first user. */
    @FunctionalInterface
    interface Starter {
        Started start() throws java.sql.SQLException;
    }

    /** @param dataDirectory the server's own copy of the data directory, deleted when it stops, or {@code null} */
    record Started(DevServer server, java.nio.file.Path dataDirectory) {
    }

    private static DevServer running;
    private static java.nio.file.Path runningData;
    private static int users;
    private static int keepers;

    private EmbeddedDevServer() {
    }

    static synchronized DevServer acquire(Starter starter) throws java.sql.SQLException {
        if (running == null) {
            Started started = starter.start();
            running = started.server();
            runningData = started.dataDirectory();
        }
        users++;
        return running;
    }

    /** Whether the server will still run after the caller lets go: then what the caller made on it is the caller's to drop. */
    static synchronized boolean outlives() {
        return keepers > 0 || users > 1;
    }

    static synchronized void release() {
        users--;
        stopIfUnused();
    }

    /** Keeps the server running (once started) until the returned handle is closed. */
    static synchronized AutoCloseable keep() {
        keepers++;
        return () -> {
            synchronized (EmbeddedDevServer.class) {
                keepers--;
                stopIfUnused();
            }
        };
    }

    private static void stopIfUnused() {
        if (users <= 0 && keepers <= 0 && running != null) {
            running.close();
            running = null;
            users = 0;
            DataDirectoryTemplate.delete(runningData);
            runningData = null;
        }
    }
}
