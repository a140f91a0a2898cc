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
    DROP_TYPE("GW111", "drop-type");

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
