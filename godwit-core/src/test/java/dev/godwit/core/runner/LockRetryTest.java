package dev.godwit.core.runner;

import dev.godwit.core.spi.RunSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry schedule after a lock timeout, with a fake clock: pauses grow, are jittered, and stop at the budget. */
class LockRetryTest {

    private final AtomicLong now = new AtomicLong();

    private List<Duration> schedule(RunSettings settings, RandomGenerator random) {
        LockRetry retry = new LockRetry(settings, random, now::get);
        List<Duration> pauses = new ArrayList<>();
        for (Optional<Duration> pause = retry.next(); pause.isPresent(); pause = retry.next()) {
            pauses.add(pause.get());
            now.addAndGet(pause.get().plus(settings.lockTimeout()).toNanos());
        }
        return pauses;
    }

    @Test
    void pausesDoubleFromAQuarterSecondWithJitterAndAreCappedAtTenSeconds() {
        List<Duration> pauses = schedule(new RunSettings(Duration.ofMillis(500), 8, Duration.ofMinutes(10)), RandomGenerator.of("L64X128MixRandom"));
        assertThat(pauses).hasSize(8);
        long[] ceilings = {250, 500, 1000, 2000, 4000, 8000, 10000, 10000};
        for (int i = 0; i < pauses.size(); i++) {
            assertThat(pauses.get(i).toMillis()).as("pause " + i).isBetween(ceilings[i] / 2, ceilings[i]);
        }
    }

    @Test
    void jitterSpreadsTheReplicasOfOneDeploy() {
        RunSettings settings = new RunSettings(Duration.ofMillis(500), 3, Duration.ofMinutes(10));
        List<Long> firstPauses = new ArrayList<>();
        for (int seed = 0; seed < 20; seed++) {
            now.set(0);
            firstPauses.add(schedule(settings, new java.util.SplittableRandom(seed)::nextLong).get(1).toMillis());
        }
        assertThat(firstPauses.stream().distinct().count()).isGreaterThan(5);
    }

    @Test
    void retriesStopWhenTheNextAttemptWouldEndAfterTheLockWaitBudget() {
        RunSettings settings = new RunSettings(Duration.ofMillis(500), RunSettings.UNBOUNDED, Duration.ofSeconds(30));
        List<Duration> pauses = schedule(settings, RandomGenerator.of("L64X128MixRandom"));
        assertThat(pauses).isNotEmpty();
        assertThat(Duration.ofNanos(now.get())).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(now.get())).isGreaterThan(Duration.ofSeconds(15));
    }

    @Test
    void lockRetriesCapsTheAttemptsAndZeroMeansNoRetry() {
        assertThat(schedule(new RunSettings(Duration.ofMillis(200), 0, Duration.ofMinutes(10)), RandomGenerator.getDefault())).isEmpty();
        now.set(0);
        assertThat(schedule(new RunSettings(Duration.ofMillis(200), 2, Duration.ofMinutes(10)), RandomGenerator.getDefault())).hasSize(2);
    }
}
