package dev.godwit.maven;

/**
 * Hibernate's boot warnings and the embedded PostgreSQL's server log say nothing a godwit user
 * needs; Maven's logger reads these levels as each logger is made, so they are set before the
 * first one. {@code -X} shows everything.
 */
final class QuietLogs {

    private static final String[] LOGGERS = {"org.hibernate", "io.zonky", "org.postgresql", "com.zaxxer"};

    private QuietLogs() {
    }

    static void unlessDebug(boolean debug) {
        if (debug) {
            return;
        }
        for (String logger : LOGGERS) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
    }
}
