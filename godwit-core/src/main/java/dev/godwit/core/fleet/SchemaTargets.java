package dev.godwit.core.fleet;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.runner.Database;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema-per-tenant: each schema of one database whose name is LIKE a pattern ({@code tenant_%}) as
 * a target of its own, with its own history table in it.
 */
public final class SchemaTargets {

    private SchemaTargets() {
    }

    public static List<Target> like(ConnectionSpec database, Dialect dialect, String pattern) {
        try (Connection connection = Database.connect(database, dialect)) {
            return like(connection, database, pattern, null);
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DATABASE_ERROR, Message.of("fleet.database-error", "pattern", pattern, "reason", e.getMessage()), Message.of("fleet.database-error.next"));
        }
    }

    /**
     * The schemas LIKE {@code pattern} that {@code connection} sees, each a target on {@code database}
     * (reached through {@code opener} when not {@code null}: an application's pool).
     */
    public static List<Target> like(Connection connection, ConnectionSpec database, String pattern, dev.godwit.core.runner.Godwit.ConnectionOpener opener) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (ResultSet schemas = connection.getMetaData().getSchemas(connection.getCatalog(), pattern)) {
            while (schemas.next()) {
                String schema = schemas.getString("TABLE_SCHEM");
                targets.add(new Target(schema, new ConnectionSpec(database.url(), database.user(), database.password(), List.of(schema)), opener));
            }
        }
        targets.sort(java.util.Comparator.comparing(Target::name));
        return targets;
    }
}
