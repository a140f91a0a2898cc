package dev.godwit.bench;

import java.nio.file.Path;

/**
 * A fresh process running one tool once, so process start-up is measured the same way for every
 * tool: {@code PeerMain <flyway|liquibase|raw> <migrate|status> <jdbc-url> <dir>}.
 */
public final class PeerMain {

    private PeerMain() {
    }

    public static void main(String[] args) throws Exception {
        String tool = args[0];
        String action = args[1];
        String url = args[2];
        Path dir = Path.of(args[3]);
        switch (tool + " " + action) {
            case "flyway migrate" -> Tools.flywayMigrate(url, dir);
            case "flyway status" -> Tools.flywayInfo(url, dir);
            case "liquibase migrate" -> Tools.liquibaseUpdate(url, dir);
            case "liquibase status" -> Tools.liquibaseStatus(url, dir);
            case "raw migrate" -> Tools.rawNoop(url, dir);
            case "raw status" -> Tools.rawStatus(url);
            default -> throw new IllegalArgumentException("unknown: " + tool + " " + action);
        }
        System.exit(0);
    }
}
