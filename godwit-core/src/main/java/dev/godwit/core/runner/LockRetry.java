package dev.godwit.core.runner;

import dev.godwit.core.spi.RunSettings;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * When to try a migration again after it gave up waiting for a table lock. Each attempt waits at
 * most {@code lock-timeout} (short, so the application's queries queued behind the migration's
 * lock request wait no longer than that); between attempts the application runs freely for an
 * exponentially growing, jittered pause — jitter, so that the replicas of one deploy do not retry
 * in step. Retries go on until the {@code lock-wait} budget (and {@code lock-retries}, when set)
 * is spent. Pure apart from the clock and the random source it is given.
 */
final class LockRetry {

    /** The first pause; it doubles with each attempt up to {@link #MAX_PAUSE}. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final RunSettings settings;
    private final RandomGenerator random;
    private final LongSupplier nanoClock;
    private final long deadline;
    private int attempts = 1;

    LockRetry(RunSettings settings, RandomGenerator random, LongSupplier nanoClock) {
        this.settings = settings;
        this.random = random;
        this.nanoClock = nanoClock;
        this.deadline = nanoClock.getAsLong() + settings.lockWait().toNanos();
    }

    static LockRetry startingNow(RunSettings settings) {
        // Not RandomGenerator.getDefault(): it finds its algorithm through ServiceLoader, which a Maven plugin's class realm does not serve.
        return new LockRetry(settings, new java.util.SplittableRandom(), System::nanoTime);
    }

    /**
     * Counts a failed attempt and says how long to pause before the next.
     *
     * @return empty when the budget does not allow another attempt
     */
    Optional<Duration> next() {
        if (settings.lockRetries() >= 0 && attempts > settings.lockRetries()) {
            return Optional.empty();
        }
        long ceiling = Math.min(MAX_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempts - 1, 16));
        // "Equal jitter": at least half the ceiling, so pauses still grow; the rest at random.
        long pause = ceiling / 2 + random.nextLong(ceiling / 2 + 1);
        long attemptEnds = nanoClock.getAsLong() + Duration.ofMillis(pause).plus(settings.lockTimeout()).toNanos();
        if (attemptEnds - deadline > 0) {
            return Optional.empty();
        }
        attempts++;
        return Optional.of(Duration.ofMillis(pause));
    }

    /** How many attempts were made so far. */
    int attempts() {
        return attempts;
    }

    /** What is left of the budget. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - nanoClock.getAsLong()));
    }
}
