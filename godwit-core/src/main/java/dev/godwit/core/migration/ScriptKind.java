package dev.godwit.core.migration;

/** The kinds of file a migrations directory holds, by the prefix of their name. */
public enum ScriptKind {
    /** {@code V<version>__<description>.sql}: applied once, in version order. */
    VERSIONED("V"),
    /** {@code U<version>__<description>.sql}: undoes the versioned migration of the same version. */
    UNDO("U");

    private final String prefix;

    ScriptKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
