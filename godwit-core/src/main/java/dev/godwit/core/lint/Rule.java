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
    UNUSED_IGNORE("GW124", "ignore-matched-nothing");

    private final String code;
    private final String slug;

    Rule(String code, String slug) {
        this.code = code;
        this.slug = slug;
    }

    public String code() {
        return code;
    }

    public String slug() {
        return slug;
    }
}
