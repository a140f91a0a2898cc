package dev.godwit.core.spi;

import java.time.Duration;

/**
 * How a run waits.
 *
 * @param lockTimeout  how long one statement may wait for a table lock before the migration is
 *                     rolled back and retried (PostgreSQL {@code lock_timeout}; SQLite busy timeout).
 *                     Short by default: the application's queries queue behind a migration that
 *                     waits for a lock, for as long as it waits
 * @param lockRetries  how many times at most a migration that hit {@code lockTimeout} is retried;
 *                     {@link #UNBOUNDED} to retry for as long as {@code lockWait} allows
 * @param lockWait     how long a run waits in all: for another run's migration lock, and for table
 *                     locks across the retries of one migration
 */
public record RunSettings(Duration lockTimeout, int lockRetries, Duration lockWait) {

    public static final int UNBOUNDED = -1;

    /**
     * A read queued behind a waiting migration waits as long as the attempt does, plus its own
     * time: with pgroll's 500 ms the longest read measured 500.4 ms (bench/, lock-wait), so 400 ms
     * keeps it under half a second. Retries fill the 10-minute budget.
     */
    public static final RunSettings DEFAULTS = new RunSettings(Duration.ofMillis(400), UNBOUNDED, Duration.ofMinutes(10));
}
