package dev.godwit.core.spi;

import java.time.Duration;

/**
 * A dev database server that outlives one command: {@code godwit dev start} starts it in the
 * background, every later {@code diff}, {@code check} and {@code lint --trace} of the machine (and
 * the Maven plugin, and tests) makes its scratch databases on it instead of starting a server of
 * its own, and it stops by itself once no one has connected for the idle time.
 */
public interface KeptDevServer {

    /**
     * @param running     whether one runs now
     * @param description what it is and where, or why none runs, in a sentence
     */
    record Status(boolean running, String description) {
    }

    /** Starts one in the background, unless one already runs; returns once it accepts connections. */
    Status start(Duration idle);

    /** Stops the one running, if any; returns once it is gone. */
    Status stop();

    Status status();
}
