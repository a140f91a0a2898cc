package dev.godwit.core.trace;

import dev.godwit.core.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A dialect's way to observe what statements lock and rewrite: run them inside a transaction on a
 * dev database holding the schema they meet, read the locks after each, then roll back.
 */
public interface LockTracer {

    /**
     * @param connection a dev database at the version before the migration; left as it was (rolled back)
     * @param transactional whether the migration runs in a transaction (else each statement is run alone)
     */
    List<StatementTrace> trace(Connection connection, List<SqlStatement> statements, boolean transactional) throws SQLException;
}
