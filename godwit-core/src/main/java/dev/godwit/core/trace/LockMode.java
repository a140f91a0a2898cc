package dev.godwit.core.trace;

import java.util.List;

/**
 * PostgreSQL's table lock modes, weakest first, and which ordinary application statements each
 * blocks (the conflict table of PostgreSQL's "Explicit Locking" chapter): {@code SELECT} takes
 * ACCESS SHARE, {@code SELECT … FOR UPDATE} ROW SHARE, {@code INSERT}/{@code UPDATE}/{@code DELETE}
 * ROW EXCLUSIVE.
 */
public enum LockMode {
    ACCESS_SHARE("AccessShareLock"),
    ROW_SHARE("RowShareLock"),
    ROW_EXCLUSIVE("RowExclusiveLock"),
    SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
    SHARE("ShareLock"),
    SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
    EXCLUSIVE("ExclusiveLock"),
    ACCESS_EXCLUSIVE("AccessExclusiveLock");

    private final String catalogName;

    LockMode(String catalogName) {
        this.catalogName = catalogName;
    }

    /** As {@code pg_locks.mode} names it. */
    public static LockMode ofCatalog(String mode) {
        for (LockMode m : values()) {
            if (m.catalogName.equals(mode)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no table lock mode " + mode);
    }

    /** {@code ACCESS EXCLUSIVE}: as SQL writes it. */
    public String sql() {
        return name().replace('_', ' ');
    }

    /** The application statements that wait while this lock is held. */
    public List<String> blocks() {
        return switch (this) {
            case ACCESS_EXCLUSIVE -> List.of("SELECT", "INSERT", "UPDATE", "DELETE");
            case EXCLUSIVE -> List.of("SELECT … FOR UPDATE", "INSERT", "UPDATE", "DELETE");
            case SHARE, SHARE_ROW_EXCLUSIVE -> List.of("INSERT", "UPDATE", "DELETE");
            case ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE -> List.of();
        };
    }
}
