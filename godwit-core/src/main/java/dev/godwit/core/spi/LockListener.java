package dev.godwit.core.spi;

/** Hears about waiting for the migration lock, so a waiting process can say whom it waits for. */
public interface LockListener {

    /**
     * Called once when the lock is found taken.
     *
     * @param holder who holds it, as the database tells (e.g. "backend pid 4242, application_name godwit"),
     *               or "another process" when it cannot tell
     */
    void waiting(String holder);

    /** Called when the lock is taken, after a wait or at once. */
    default void acquired() {
    }

    LockListener SILENT = holder -> { };
}
