package dev.godwit.core.migration;

/** The kinds of file a migrations directory holds, by the prefix of their name. */
public enum ScriptKind {
    /** {@code V<version>__<description>.sql}: applied once, in version order. */
    VERSIONED("V"),
    /** {@code U<version>__<description>.sql}: undoes the versioned migration of the same version. */
    UNDO("U"),
    /**
     * {@code R__<description>.sql}: applied after the pending versioned migrations whenever its
     * checksum changed, in description order (Flyway's repeatable migrations): views, functions,
     * grants kept in one file that is edited in place.
     */
    REPEATABLE("R"),
    /**
     * {@code beforeMigrate.sql}, {@code afterEachMigrate__grants.sql}…: Flyway's callbacks, run around
     * migrations (see {@code Callbacks}); not migrations: not in history. Its description is the event.
     */
    CALLBACK("");

    private final String prefix;

    ScriptKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
