package dev.godwit.core.lint;

/** The lint rules, with codes that never change meaning (documented in docs/lint.md). */
public enum Rule {
    DROP_TABLE("GW101", "drop-table"),
    DROP_COLUMN("GW102", "drop-column"),
    RENAME("GW103", "rename"),
    TYPE_CHANGE("GW104", "type-change-rewrites"),
    SET_NOT_NULL("GW105", "set-not-null-scans"),
    INDEX_NOT_CONCURRENT("GW106", "index-not-concurrent"),
    FOREIGN_KEY_VALIDATED("GW107", "foreign-key-not-not-valid"),
    VOLATILE_DEFAULT("GW108", "volatile-default"),
    NO_LOCK_TIMEOUT("GW109", "no-transaction-without-lock-timeout"),
    UNBOUNDED_WRITE("GW110", "update-delete-without-where"),
    DROP_TYPE("GW111", "drop-type"),
    DROP_INDEX_NOT_CONCURRENT("GW112", "drop-index-not-concurrent"),
    UNIQUE_NOT_USING_INDEX("GW113", "unique-not-using-index"),
    CHECK_NOT_NOT_VALID("GW114", "check-not-not-valid"),
    CONCURRENTLY_IN_TRANSACTION("GW115", "concurrently-in-transaction"),
    TRANSACTION_CONTROL("GW116", "transaction-control-in-migration"),
    TABLE_REWRITE_COMMAND("GW117", "vacuum-full-or-cluster"),
    TRUNCATE("GW118", "truncate"),
    DROP_SCHEMA_OR_DATABASE("GW119", "drop-schema-or-database"),
    REINDEX_NOT_CONCURRENT("GW120", "reindex-not-concurrent"),
    DROP_NOT_NULL("GW121", "drop-not-null"),
    NOT_NULL_WITHOUT_DEFAULT("GW122", "add-not-null-column-without-default"),
    EXCLUSION_CONSTRAINT("GW123", "exclusion-constraint"),
    UNUSED_IGNORE("GW124", "ignore-matched-nothing"),
    VALIDATE_IN_SAME_TRANSACTION("GW125", "validate-in-same-transaction"),
    DOMAIN_ADD_CONSTRAINT("GW126", "alter-domain-add-constraint"),
    RENAME_ENUM_VALUE_OR_SCHEMA("GW127", "rename-enum-value-or-schema"),
    NEW_ENUM_VALUE_USED("GW128", "new-enum-value-used-in-transaction"),
    ADD_COLUMN_REWRITES("GW129", "add-column-rewrites"),
    DETACH_NOT_CONCURRENT("GW130", "detach-partition-not-concurrent"),
    NOT_RETRYABLE("GW131", "no-transaction-not-idempotent"),
    // The hygiene family: off unless lint.<code>=warning (or error) turns them on; `godwit lint --rules` lists them.
    INTEGER_PRIMARY_KEY("GW132", "integer-primary-key", true),
    SERIAL_NOT_IDENTITY("GW133", "serial-not-identity", true),
    VARCHAR_NOT_TEXT("GW134", "varchar-not-text", true),
    TIMESTAMP_WITHOUT_TIME_ZONE("GW135", "timestamp-without-time-zone", true),
    CHAR_N("GW136", "char-n", true),
    JSON_NOT_JSONB("GW137", "json-not-jsonb", true),
    IDENTIFIER_TOO_LONG("GW138", "identifier-too-long", true),
    DUPLICATE_INDEX("GW139", "duplicate-index", true),
    // Seen only by the lock trace (`godwit lint --trace`, and `diff` on the migration it wrote).
    LOCK_HELD_DURING_LONG_STEP("GW140", "lock-held-during-long-step"),
    REWRITE_NOT_PREDICTED("GW141", "rewrite-seen-by-trace");

    private final String code;
    private final String slug;
    private final boolean hygiene;

    Rule(String code, String slug) {
        this(code, slug, false);
    }

    Rule(String code, String slug, boolean hygiene) {
        this.code = code;
        this.slug = slug;
        this.hygiene = hygiene;
    }

    /** Whether it is a hygiene rule: off unless the project turns it on. */
    public boolean hygiene() {
        return hygiene;
    }

    /** Whether only the lock trace can fire it: it reads what a statement did, not what it says. */
    public boolean traceOnly() {
        return this == LOCK_HELD_DURING_LONG_STEP || this == REWRITE_NOT_PREDICTED;
    }

    public String code() {
        return code;
    }

    public String slug() {
        return slug;
    }
}
