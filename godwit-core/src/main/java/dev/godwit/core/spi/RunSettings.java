package dev.godwit.core.spi;

import java.time.Duration;

/**
 * How a run waits.
 *
 * @param lockTimeout  how long one statement may wait for a table lock before the migration is
 *                     rolled back and retried (PostgreSQL {@code lock_timeout}; SQLite busy timeout)
 * @param lockRetries  how many times a migration that hit {@code lockTimeout} is retried
 * @param lockWait     how long a run waits for another run's migration lock before giving up
 */
public record RunSettings(Duration lockTimeout, int lockRetries, Duration lockWait) {

    public static final RunSettings DEFAULTS = new RunSettings(Duration.ofSeconds(5), 3, Duration.ofMinutes(10));
}
