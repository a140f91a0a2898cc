package dev.godwit.core.problem;

import dev.godwit.core.problem.Problem.Kind;

/**
 * The stable code of every problem godwit reports, printed as {@code error[GW-E401]: …} and
 * carried in {@code --json} as {@code "code"}. A code never changes meaning and is never reused;
 * tests assert codes, not prose (which translations change). Each one is explained, with its
 * cause and fix, in {@code docs/errors.md}.
 *
 * <p>The hundreds group them: 1 usage and configuration, 2 migration files, 3 connecting to the
 * database, 4 applying migrations, 5 history, 6 generating and comparing schemas, 9 godwit itself.
 * The code also decides the exit code ({@link Kind}).
 */
public enum ProblemCode {
    USAGE("GW-E100", Kind.CONFIGURATION),
    CONFIG_FILE_MISSING("GW-E101", Kind.CONFIGURATION),
    CONFIG_FILE_INVALID("GW-E102", Kind.CONFIGURATION),
    CONFIG_UNKNOWN_KEY("GW-E103", Kind.CONFIGURATION),
    CONFIG_BAD_VALUE("GW-E104", Kind.CONFIGURATION),
    NO_DATABASE_URL("GW-E105", Kind.CONFIGURATION),
    BAD_DATABASE_URL("GW-E106", Kind.CONFIGURATION),
    DIALECT("GW-E107", Kind.CONFIGURATION),
    NO_DRIVER("GW-E108", Kind.CONFIGURATION),
    MIGRATIONS_DIRECTORY_MISSING("GW-E109", Kind.CONFIGURATION),
    DEV_DATABASE_CONFIG("GW-E110", Kind.CONFIGURATION),
    MODEL_CONFIG("GW-E111", Kind.CONFIGURATION),
    BAD_ARGUMENT("GW-E112", Kind.CONFIGURATION),
    PLACEHOLDER_VALUE("GW-E113", Kind.CONFIGURATION),
    IMPORT_SOURCE("GW-E114", Kind.CONFIGURATION),
    TARGETS_FILE("GW-E115", Kind.CONFIGURATION),

    UNEXPECTED_FILE("GW-E200", Kind.ACTION_NEEDED),
    DUPLICATE_VERSION("GW-E201", Kind.ACTION_NEEDED),
    ORPHAN_UNDO("GW-E202", Kind.ACTION_NEEDED),
    NOT_UTF8("GW-E203", Kind.ACTION_NEEDED),
    EMPTY_MIGRATION("GW-E204", Kind.ACTION_NEEDED),
    UNTERMINATED_SQL("GW-E205", Kind.ACTION_NEEDED),
    SUM_MISMATCH("GW-E206", Kind.ACTION_NEEDED),
    SUM_INVALID("GW-E207", Kind.ACTION_NEEDED),
    UNKNOWN_DIRECTIVE("GW-E208", Kind.ACTION_NEEDED),
    CANNOT_READ("GW-E210", Kind.ACTION_NEEDED),
    CANNOT_WRITE("GW-E211", Kind.ACTION_NEEDED),
    FILE_EXISTS("GW-E212", Kind.ACTION_NEEDED),
    PLACEHOLDER_UNDEFINED("GW-E213", Kind.ACTION_NEEDED),
    PLACEHOLDER_MALFORMED("GW-E214", Kind.ACTION_NEEDED),
    JAVA_MIGRATION_INVALID("GW-E215", Kind.ACTION_NEEDED),
    IMPORT_CHANGESET("GW-E216", Kind.ACTION_NEEDED),

    CANNOT_CONNECT("GW-E300", Kind.ACTION_NEEDED),
    DATABASE_MISSING("GW-E307", Kind.ACTION_NEEDED),
    AUTHENTICATION_FAILED("GW-E301", Kind.ACTION_NEEDED),
    NO_SUCH_DATABASE("GW-E302", Kind.ACTION_NEEDED),
    NOT_A_DATABASE("GW-E303", Kind.ACTION_NEEDED),
    CONNECTION_LOST("GW-E304", Kind.ACTION_NEEDED),
    DATABASE_ERROR("GW-E305", Kind.ACTION_NEEDED),
    DISK_FULL("GW-E306", Kind.ACTION_NEEDED),

    MIGRATION_FAILED("GW-E400", Kind.ACTION_NEEDED),
    TABLE_LOCK_TIMEOUT("GW-E401", Kind.ACTION_NEEDED),
    RUN_LOCK_TIMEOUT("GW-E402", Kind.ACTION_NEEDED),
    LINT_ERRORS("GW-E403", Kind.ACTION_NEEDED),
    UNMANAGED_DATABASE("GW-E404", Kind.ACTION_NEEDED),
    MIGRATION_INTERRUPTED("GW-E405", Kind.ACTION_NEEDED),
    TARGET_BEHIND("GW-E406", Kind.ACTION_NEEDED),
    INTERRUPTED("GW-E407", Kind.ACTION_NEEDED),
    REFUSED("GW-E408", Kind.ACTION_NEEDED),
    MISSING_ROLE("GW-E410", Kind.ACTION_NEEDED),
    CALLBACK_FAILED("GW-E411", Kind.ACTION_NEEDED),
    JAVA_MIGRATION_FAILED("GW-E412", Kind.ACTION_NEEDED),
    FLEET_FAILED("GW-E413", Kind.ACTION_NEEDED),

    CHECKSUM_CHANGED("GW-E500", Kind.ACTION_NEEDED),
    FILE_MISSING("GW-E501", Kind.ACTION_NEEDED),
    FAILED_MIGRATION("GW-E502", Kind.ACTION_NEEDED),
    OUT_OF_ORDER("GW-E503", Kind.ACTION_NEEDED),
    NOTHING_TO_UNDO("GW-E510", Kind.ACTION_NEEDED),
    NO_UNDO_FILE("GW-E511", Kind.ACTION_NEEDED),
    ALREADY_MANAGED("GW-E520", Kind.ACTION_NEEDED),
    NO_MATCHING_VERSION("GW-E521", Kind.ACTION_NEEDED),
    AMBIGUOUS_VERSION("GW-E522", Kind.ACTION_NEEDED),
    NOTHING_TO_ADOPT("GW-E523", Kind.ACTION_NEEDED),
    FOREIGN_HISTORY_FAILED("GW-E524", Kind.ACTION_NEEDED),
    NO_HISTORY("GW-E530", Kind.ACTION_NEEDED),
    NOTHING_TO_RECOVER("GW-E540", Kind.ACTION_NEEDED),
    SQL_NOT_KEPT("GW-E541", Kind.ACTION_NEEDED),

    SCHEMA_DIFFERS("GW-E600", Kind.ACTION_NEEDED),
    DATA_LOSS("GW-E601", Kind.ACTION_NEEDED),
    POSSIBLE_RENAMES("GW-E602", Kind.ACTION_NEEDED),
    DESIRED_SCHEMA_INVALID("GW-E603", Kind.ACTION_NEEDED),
    NOT_NULL_WITHOUT_DEFAULT("GW-E604", Kind.ACTION_NEEDED),
    DEV_DATABASE_FAILED("GW-E605", Kind.ACTION_NEEDED),
    ENTITIES_INVALID("GW-E606", Kind.ACTION_NEEDED),
    REPLAY_FAILED("GW-E607", Kind.ACTION_NEEDED),
    DRIFT("GW-E608", Kind.ACTION_NEEDED),
    LINT_FAILED("GW-E609", Kind.ACTION_NEEDED),
    UNMODELLED_DIFFERS("GW-E610", Kind.ACTION_NEEDED),
    DEV_DATABASE_LACKS("GW-E611", Kind.ACTION_NEEDED),

    INTERNAL("GW-E900", Kind.ACTION_NEEDED);

    private final String code;
    private final Kind kind;

    ProblemCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The code as printed, e.g. {@code GW-E401}. */
    public String code() {
        return code;
    }

    /** Whether the user must act (exit 1) or fix usage or configuration (exit 2). */
    public Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return code;
    }
}
