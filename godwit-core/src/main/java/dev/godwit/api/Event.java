package dev.godwit.api;

/**
 * When a {@link Callback} runs, by Flyway's names: those of {@code migrate}, as for the SQL callbacks
 * ({@code beforeMigrate.sql}…), which run first at each event.
 */
public enum Event {
    /** Before a run, even one with nothing to apply; in a transaction of its own. */
    BEFORE_MIGRATE("beforeMigrate"),
    /** Before each migration, inside its transaction. */
    BEFORE_EACH_MIGRATE("beforeEachMigrate"),
    /** After each migration's statements, inside its transaction (a failure rolls the migration back). */
    AFTER_EACH_MIGRATE("afterEachMigrate"),
    /** After a run that succeeded; in a transaction of its own. */
    AFTER_MIGRATE("afterMigrate"),
    /** After a migration failed and was rolled back; in a transaction of its own. */
    AFTER_MIGRATE_ERROR("afterMigrateError");

    private final String flywayName;

    Event(String flywayName) {
        this.flywayName = flywayName;
    }

    /** The name of the SQL callback file of this event ({@code beforeMigrate}). */
    public String flywayName() {
        return flywayName;
    }

    public static Event ofFlywayName(String name) {
        for (Event event : values()) {
            if (event.flywayName.equals(name)) {
                return event;
            }
        }
        throw new IllegalArgumentException("no callback event " + name);
    }
}
