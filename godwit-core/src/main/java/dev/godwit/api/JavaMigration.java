package dev.godwit.api;

/**
 * A migration written in Java, for the data changes SQL cannot express (a value computed by the
 * app's code, a file read, a call to a service). It is ordered with the SQL migrations by version,
 * runs in the same transaction as its history row, and is recorded in history like them.
 *
 * <p>Named as Flyway names them, the class says its version and description: {@code V3__Backfill_totals}
 * is version 3, "Backfill totals" ({@code V2_1__…} is 2.1). Override {@link #version()} and
 * {@link #description()} to name it otherwise, which a Spring bean with a proxy class name must.
 *
 * <p>godwit finds them in the packages {@code java-migrations=} names (the CLI loads them from
 * {@code classpath=}), and the Spring Boot starter takes every bean of this type, so one can use the
 * app's services; in the starter, JDBC code that goes through Spring ({@code JdbcClient},
 * {@code JdbcTemplate}) runs on the migration's own connection and transaction.
 */
public interface JavaMigration {

    /** The version, as in a file name ({@code 3}, {@code 2.1}); by default read from the class name. */
    default String version() {
        return JavaNames.of(getClass()).version();
    }

    /** What it does, in words; by default read from the class name. */
    default String description() {
        return JavaNames.of(getClass()).description();
    }

    /**
     * What history records to notice that the migration changed after it ran, as a file's checksum
     * does. {@code null} (the default): a checksum of the class name and version, so editing the class
     * is not noticed — return a new value (a number you raise) when an edit matters.
     */
    default String checksum() {
        return null;
    }

    /** How history and messages name it: the class name by default (a Spring proxy's suffix left out). */
    default String name() {
        String name = getClass().getName();
        int proxy = name.indexOf("$$");
        return proxy < 0 ? name : name.substring(0, proxy);
    }

    /**
     * Does the migration's work with {@link Context#connection()}. Throwing rolls the migration back
     * (with its history row) and stops {@code migrate}, naming the class and the exception's message.
     */
    void migrate(Context context) throws Exception;
}
