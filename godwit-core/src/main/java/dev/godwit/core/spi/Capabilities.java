package dev.godwit.core.spi;

/**
 * What a database can do online, which decides the safe forms a linter asks for.
 *
 * @param concurrentIndexes   {@code CREATE INDEX CONCURRENTLY}
 * @param notValidConstraints {@code ADD CONSTRAINT … NOT VALID} then {@code VALIDATE CONSTRAINT}
 * @param lockTimeout         a {@code lock_timeout} setting that bounds waits for locks
 */
public record Capabilities(boolean concurrentIndexes, boolean notValidConstraints, boolean lockTimeout) {

    public static final Capabilities NONE = new Capabilities(false, false, false);
}
