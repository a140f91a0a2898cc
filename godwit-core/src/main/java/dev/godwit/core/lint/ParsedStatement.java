package dev.godwit.core.lint;

/**
 * A migration statement reduced to what the lint rules look at. One SQL statement can hold
 * several actions ({@code ALTER TABLE t ADD …, DROP …}): each is a parsed statement of its own.
 *
 * @param kind        what it does
 * @param table       the table it touches, or {@code null}
 * @param object      the column, index, constraint or type it names, or {@code null}
 * @param flags       what modifies it: {@code concurrently}, {@code notValid}, {@code where}, {@code notNull}
 * @param defaultExpression the default of an added column, or {@code null}
 * @param line        the line of the file where its statement starts
 */
public record ParsedStatement(Kind kind, String table, String object, Flags flags, String defaultExpression, int line) {

    public enum Kind {
        CREATE_TABLE, DROP_TABLE, DROP_COLUMN, RENAME, ALTER_TYPE, SET_NOT_NULL, ADD_COLUMN, ADD_FOREIGN_KEY, ADD_CHECK,
        VALIDATE_CONSTRAINT, CREATE_INDEX, UPDATE, DELETE, DROP_TYPE, SET_LOCK_TIMEOUT,
        /** {@code flags.concurrently}: CONCURRENTLY */
        DROP_INDEX, REINDEX,
        /** {@code flags.concurrently}: USING INDEX (the index was built beforehand) */
        ADD_UNIQUE,
        ADD_EXCLUSION, DROP_NOT_NULL, TRANSACTION_CONTROL, VACUUM_FULL, CLUSTER,
        /** {@code flags.notNull}: CASCADE */
        TRUNCATE, DROP_SCHEMA, DROP_DATABASE,
        OTHER
    }

    /** @param notNull for an added column: NOT NULL; for a rename: it renames the table (object = new name) */
    public record Flags(boolean concurrently, boolean notValid, boolean where, boolean notNull) {
        public static final Flags NONE = new Flags(false, false, false, false);
    }
}
