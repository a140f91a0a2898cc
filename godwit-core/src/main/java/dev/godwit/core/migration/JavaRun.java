package dev.godwit.core.migration;

import dev.godwit.api.Callback;
import dev.godwit.api.Context;
import dev.godwit.api.Event;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Runs the Java side of a migration run: a {@code JavaMigration}'s work, a {@code Callback}'s. */
public final class JavaRun {

    /** The code threw: {@code getCause()} is what it threw. */
    public static final class Failed extends Exception {
        Failed(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }

        /** The exception in words, with the SQL state of a database error: what the message quotes. */
        public String said() {
            Throwable cause = getCause();
            String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage().strip());
            return cause instanceof SQLException sql && sql.getSQLState() != null ? text + " (SQL state " + sql.getSQLState() + ")" : text;
        }
    }

    private record RunContext(Connection connection, Map<String, String> placeholders, Optional<String> migration) implements Context {
    }

    private JavaRun() {
    }

    /** Runs a Java migration's {@code migrate} on the connection, where it is (inside the migration's transaction). */
    public static void migrate(Connection connection, MigrationScript script, Placeholders placeholders) throws Failed {
        Context context = new RunContext(connection, resolved(connection, placeholders, script.fileName()), Optional.of(script.fileName()));
        try {
            script.code().migrate(context);
        } catch (Exception | LinkageError | AssertionError e) {
            throw new Failed(e);
        }
    }

    /** Runs a callback at an event, if it supports it. */
    public static void callback(Callback callback, Event event, Connection connection, Placeholders placeholders, Optional<String> migration) throws Failed {
        try {
            if (callback.supports(event)) {
                callback.handle(event, new RunContext(connection, resolved(connection, placeholders, migration.orElse("")), migration));
            }
        } catch (Exception | LinkageError | AssertionError e) {
            throw new Failed(e);
        }
    }

    /** The configured values and the built-ins, as {@code ${…}} would read them in a file. */
    private static Map<String, String> resolved(Connection connection, Placeholders placeholders, String filename) {
        Map<String, String> all = new TreeMap<>(placeholders.values());
        try {
            all.put("godwit:database", String.valueOf(connection.getCatalog()));
            all.put("godwit:user", String.valueOf(connection.getMetaData().getUserName()));
        } catch (SQLException e) {
            // A connection that cannot say its name leaves those two out; the code will fail on its own if it needs them.
        }
        all.put("godwit:timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        all.put("godwit:filename", filename);
        return Map.copyOf(all);
    }
}
