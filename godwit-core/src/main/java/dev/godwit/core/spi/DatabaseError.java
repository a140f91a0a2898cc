package dev.godwit.core.spi;

/**
 * What a database error means for godwit, as the dialect reads it from the SQL state or the
 * driver's error code ({@link Dialect#classify}). The runner decides from it whether to retry,
 * what state the database is in, and which problem to report.
 */
public enum DatabaseError {
    /** A statement gave up waiting for a lock: the migration may be rolled back and retried. */
    LOCK_TIMEOUT,
    /** The connection ended under the work (backend terminated, server restarted, network cut). */
    CONNECTION_LOST,
    /** Wrong user name or password. */
    AUTHENTICATION,
    /** The server is reached, but the database named in the URL does not exist. */
    NO_SUCH_DATABASE,
    /** The URL names a file that is not a database of this kind. */
    NOT_A_DATABASE,
    /** The database has no room left to write. */
    DISK_FULL,
    /** The SQL needs something this server does not have installed (an extension, a language). */
    MISSING_FEATURE,
    /** Anything else: the statement's own fault, as far as godwit can tell. */
    OTHER
}
