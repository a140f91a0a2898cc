package dev.godwit.core.trace;

import dev.godwit.core.sql.SqlStatement;

import java.util.List;

/**
 * What one statement of a migration did on the dev database, observed, not parsed.
 *
 * @param statement the statement (its number and line)
 * @param locks     the table locks it took, or strengthened, by relation (the strongest per relation)
 * @param rewritten the tables and indexes it rewrote (their storage, relfilenode, changed)
 * @param notTraced why it was not traced ({@code null} when it was): a statement that runs outside a
 *                  transaction releases its locks before they can be read
 */
public record StatementTrace(SqlStatement statement, List<LockTaken> locks, List<String> rewritten, String notTraced) {

    public record LockTaken(String relation, LockMode mode) {
    }

    public StatementTrace {
        locks = List.copyOf(locks);
        rewritten = List.copyOf(rewritten);
    }
}
