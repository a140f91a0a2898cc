package dev.godwit.core.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who applies migrations: the OS user and host of this process (never a database credential). */
final class AppliedBy {

    private static final String CURRENT = System.getProperty("user.name", "unknown") + "@" + host();

    private AppliedBy() {
    }

    static String current() {
        return CURRENT;
    }

    // Not InetAddress.getLocalHost(): on a machine with a broken resolver it blocks for seconds.
    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            String computer = System.getenv("COMPUTERNAME");
            return computer == null ? "unknown-host" : computer;
        }
    }
}
