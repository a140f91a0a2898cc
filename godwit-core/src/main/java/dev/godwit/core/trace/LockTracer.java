package dev.godwit.core.trace;

import dev.godwit.core.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A dialect's way to observe what statements lock and rewrite: run them on a dev database holding
 * the schema they meet and read the locks as they are taken.
 */
public interface LockTracer {

    /** Another connection to the database {@code of} is connected to: the observer of a statement that cannot run in a transaction. */
    @FunctionalInterface
    interface Sibling {
        Connection open(Connection of) throws SQLException;
    }

    /**
     * @param connection    a scratch dev database at the version before the migration; a transactional
     *                      migration is rolled back, a {@code no-transaction} one is applied statement by statement
     * @param sibling       opens the observer's connection to the same database
     * @param transactional whether the migration runs in a transaction
     */
    List<StatementTrace> trace(Connection connection, Sibling sibling, List<SqlStatement> statements, boolean transactional) throws SQLException;
}
