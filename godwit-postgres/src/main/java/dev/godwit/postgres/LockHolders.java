package dev.godwit.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Who holds the table locks a migration waited for, from {@code pg_locks} and
 * {@code pg_stat_activity} (catalog/lock_holders.sql): pid, application, user, how long its
 * transaction has been open and what it runs — what an operator needs to decide whether to wait,
 * or to end that session.
 */
final class LockHolders {

    private static final String SQL = CatalogQuery.load("lock_holders.sql").over(java.util.List.of());

    private LockHolders() {
    }

    static List<String> of(Connection connection, Collection<String> tables) throws SQLException {
        List<String> names = tables.stream().map(t -> t.startsWith("\"") ? t.substring(1, t.length() - 1) : t.toLowerCase(Locale.ROOT)).toList();
        List<String> holders = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            Array array = connection.createArrayOf("text", names.toArray());
            statement.setArray(1, array);
            statement.setArray(2, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    holders.add(describe(rs));
                }
            }
        }
        return holders;
    }

    private static String describe(ResultSet rs) throws SQLException {
        StringBuilder text = new StringBuilder("backend pid ").append(rs.getInt("pid")).append(" (");
        String application = rs.getString("application_name");
        if (application != null && !application.isEmpty()) {
            text.append("application ").append(application).append(", ");
        }
        text.append("user ").append(rs.getString("usename"));
        String address = rs.getString("client_addr");
        if (address != null) {
            text.append(", from ").append(address);
        }
        long seconds = rs.getLong("transaction_seconds");
        if (!rs.wasNull()) {
            text.append(", transaction open ").append(seconds).append(" s");
        }
        String state = rs.getString("state");
        String query = rs.getString("query");
        if (state == null) {
            // pg_stat_activity hides other users' sessions from a role without pg_read_all_stats.
            text.append(", its query is hidden from this user (pg_read_all_stats shows it)");
        } else {
            text.append(", ").append(state);
            if (query != null && !query.isEmpty()) {
                text.append(", query started ").append(rs.getString("query_start")).append(": ").append(query);
            }
        }
        return text.append(") holds ").append(rs.getString("mode")).append(" on ").append(rs.getString("relname")).toString();
    }
}
