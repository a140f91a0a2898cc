package dev.godwit.core.trace;

import dev.godwit.core.sql.SqlStatement;

import java.util.List;

/**
 * What one statement of a migration did on the dev database, observed, not parsed.
 *
 * @param statement   the statement (its number and line)
 * @param locks       the table locks it took, or strengthened, on relations that existed before the
 *                    migration (the strongest per relation)
 * @param rewritten   the tables and indexes it rewrote (their storage, relfilenode, changed)
 * @param scanned     the tables it read in full without rewriting them (to validate a constraint or
 *                    {@code NOT NULL}); empty when scans could not be counted
 * @param untilCommit whether its locks last until the migration commits ({@code true} in a transactional
 *                    migration) or only while it runs (a {@code no-transaction} migration's statements)
 * @param notTraced   why it was not traced ({@code null} when it was)
 * @param failed      whether it failed on the dev database (the trace stops there)
 */
public record StatementTrace(SqlStatement statement, List<LockTaken> locks, List<String> rewritten, List<String> scanned,
                             boolean untilCommit, String notTraced, boolean failed) {

    /** @param table whether the relation is a table (else an index, a sequence or a materialized view) */
    public record LockTaken(String relation, LockMode mode, boolean table) {
    }

    public StatementTrace {
        locks = List.copyOf(locks);
        rewritten = List.copyOf(rewritten);
        scanned = List.copyOf(scanned);
    }

    public StatementTrace(SqlStatement statement, List<LockTaken> locks, List<String> rewritten, List<String> scanned, boolean untilCommit) {
        this(statement, locks, rewritten, scanned, untilCommit, null, false);
    }

    /** It ran, but what it did could not be read: {@code why} says so. */
    public static StatementTrace untraced(SqlStatement statement, boolean untilCommit, String why) {
        return new StatementTrace(statement, List.of(), List.of(), List.of(), untilCommit, why, false);
    }

    /** It failed on the dev database: {@code said} is the database's first line. */
    public static StatementTrace failed(SqlStatement statement, boolean untilCommit, String said) {
        return new StatementTrace(statement, List.of(), List.of(), List.of(), untilCommit, "failed on the dev database: " + said, true);
    }

    /** The strongest lock it took on {@code relation}, if any. */
    public java.util.Optional<LockMode> lockOn(String relation) {
        return locks.stream().filter(l -> l.relation().equalsIgnoreCase(relation)).map(LockTaken::mode).max(Enum::compareTo);
    }
}
