package dev.godwit.core.spi;

/**
 * What a database can do online, which decides the safe forms a linter asks for, and how its
 * renderer's own forms can be recognized in a migration.
 *
 * @param concurrentIndexes   {@code CREATE INDEX CONCURRENTLY}
 * @param notValidConstraints {@code ADD CONSTRAINT … NOT VALID} then {@code VALIDATE CONSTRAINT}
 * @param lockTimeout         a {@code lock_timeout} setting that bounds waits for locks
 * @param rebuildTablePrefix  the prefix of the scratch table a table rebuild renames into place
 *                            (its {@code DROP TABLE} of the old table loses nothing), or {@code null}
 *                            when the renderer never rebuilds tables
 */
public record Capabilities(boolean concurrentIndexes, boolean notValidConstraints, boolean lockTimeout, String rebuildTablePrefix) {

    public static final Capabilities NONE = new Capabilities(false, false, false, null);

    public Capabilities(boolean concurrentIndexes, boolean notValidConstraints, boolean lockTimeout) {
        this(concurrentIndexes, notValidConstraints, lockTimeout, null);
    }
}
