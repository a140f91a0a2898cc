package dev.godwit.api;

/**
 * Code run at the events of {@code migrate} ({@link Event}), as Flyway's callbacks: given through the
 * Java API, found as Spring beans by the starter, or in the packages {@code java-migrations=} names.
 * Not a migration: history does not record it. Throwing stops the run as a failing SQL callback
 * does (GW-E411).
 */
public interface Callback {

    /** Whether it runs at {@code event}; every event by default. */
    default boolean supports(Event event) {
        return true;
    }

    void handle(Event event, Context context) throws Exception;

    /** How messages name it; the class name by default. */
    default String name() {
        return getClass().getName();
    }
}
