package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Flyway team's Java migration, as Flyway runs it: a code per trip, computed in Java. */
public class V3__Backfill_codes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Map<Long, String> codes = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement(); ResultSet rows = select.executeQuery("SELECT id, title FROM trip ORDER BY id")) {
            while (rows.next()) {
                codes.put(rows.getLong(1), rows.getString(2).substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-" + rows.getLong(1));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement("UPDATE trip SET code = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> code : codes.entrySet()) {
                update.setString(1, code.getValue());
                update.setLong(2, code.getKey());
                update.executeUpdate();
            }
        }
    }
}
