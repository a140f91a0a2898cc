package dev.godwit.core.status;

import java.util.Locale;

/** Where one migration stands, from its file and its history rows. */
public enum MigrationState {
    /** Ran successfully; the file still has the checksum that ran. */
    APPLIED,
    /** Not applied yet (or undone), newer than every applied migration. */
    PENDING,
    /** A no-transaction migration that failed or was interrupted: part of it may have run. */
    FAILED,
    /** Applied, but no file has its version any more. */
    MISSING,
    /** Applied, but its file's checksum differs from the one that ran. */
    CHANGED,
    /** Pending, but older than the newest applied migration. */
    OUT_OF_ORDER,
    /** The version recorded by {@code baseline}. */
    BASELINE,
    /** Older than the baseline: taken as already reflected in the database. */
    BELOW_BASELINE;

    /** Lower-case, dash-separated, as shown in {@code status} and its JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the database has this migration's effects (so it counts for the current version). */
    public boolean isInDatabase() {
        return this == APPLIED || this == MISSING || this == CHANGED || this == BASELINE;
    }
}
