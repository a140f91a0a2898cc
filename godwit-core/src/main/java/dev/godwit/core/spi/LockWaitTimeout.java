package dev.godwit.core.spi;

import java.sql.SQLException;
import java.time.Duration;

/** The migration lock stayed taken by another process for longer than the configured wait. */
public class LockWaitTimeout extends SQLException {

    private final String holder;
    private final Duration waited;

    /** The wait ended for another reason than time (an interrupt): {@code message} says which. */
    public LockWaitTimeout(String message) {
        super(message);
        this.holder = null;
        this.waited = null;
    }

    /** @param holder who held the lock, as {@link LockListener#waiting} names it */
    public LockWaitTimeout(String holder, Duration waited) {
        super(holder + " held it for more than " + waited.toSeconds() + "s");
        this.holder = holder;
        this.waited = waited;
    }

    /** Who held the lock, or {@code null} when the wait ended for another reason. */
    public String holder() {
        return holder;
    }

    public Duration waited() {
        return waited;
    }
}
