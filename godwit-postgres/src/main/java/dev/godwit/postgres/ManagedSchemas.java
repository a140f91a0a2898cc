package dev.godwit.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The schemas godwit manages on one connection: those {@code schemas=} names (carried by the
 * session setting {@value #SETTING}, which {@link PostgresDialect#initialize} sets), else every
 * schema {@code pg_dump} would dump — not {@code pg_*}, not {@code information_schema}, not a dev
 * database's scratch schemas ({@code godwit_dev_*}) but the current one.
 *
 * @param home    the current schema: the one that holds godwit's history and that unqualified names
 *                reach; {@code null} when the search path names no existing schema
 * @param managed every managed schema, the current one among them
 * @param serverVersion the server's {@code server_version_num} (150004 for 15.4)
 */
record ManagedSchemas(String home, List<String> managed, int serverVersion) {

    /** The session setting that carries {@code schemas=}, comma-separated. */
    static final String SETTING = "godwit.schemas";

    private static final String READ = """
            SELECT pg_catalog.current_schema(), pg_catalog.current_setting('%s', true),
                   pg_catalog.current_setting('server_version_num')::int,
                   ARRAY(SELECT n.nspname::text FROM pg_catalog.pg_namespace n
                          WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
                            AND (n.nspname !~ '^godwit_dev_' OR n.nspname = pg_catalog.current_schema())
                          ORDER BY n.nspname)""".formatted(SETTING);

    ManagedSchemas {
        managed = List.copyOf(managed);
    }

    static ManagedSchemas of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(READ)) {
            rs.next();
            String home = rs.getString(1);
            String configured = rs.getString(2);
            List<String> managed = new ArrayList<>();
            if (configured != null && !configured.isBlank()) {
                managed.addAll(Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            } else {
                Array all = rs.getArray(4);
                Arrays.stream((Object[]) all.getArray()).map(String::valueOf).forEach(managed::add);
            }
            if (home != null && !managed.contains(home)) {
                managed.add(0, home);
            }
            return new ManagedSchemas(home, managed, rs.getInt(3));
        }
    }

    /** Removes the current schema's qualifier where the server always writes it. */
    SchemaQualifier qualifier() {
        return new SchemaQualifier(home == null ? "" : home);
    }

    /**
     * Sets, until {@link InspectionSettings#close()} puts the connection's own back: the search path to the
     * current schema alone, so the server prints a name qualified exactly when the search path does
     * not reach it; and JIT compilation off, which on a server that has it costs the catalog queries
     * more than they take (359 ms of 454 ms measured for definitions/ on PostgreSQL 15 with 1,000 views).
     */
    InspectionSettings forInspection(Connection connection) throws SQLException {
        String savedPath;
        String savedJit;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT pg_catalog.current_setting('search_path'), pg_catalog.current_setting('jit', true)")) {
            rs.next();
            savedPath = rs.getString(1);
            savedJit = rs.getString(2);
        }
        set(connection, "search_path", home == null ? savedPath : "\"" + home.replace("\"", "\"\"") + "\"", savedJit == null ? null : "off");
        return () -> set(connection, "search_path", savedPath, savedJit);
    }

    private static void set(Connection connection, String name, String value, String jit) throws SQLException {
        String sql = jit == null ? "SELECT pg_catalog.set_config(?, ?, false)" : "SELECT pg_catalog.set_config(?, ?, false), pg_catalog.set_config('jit', ?, false)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            statement.setString(2, value);
            if (jit != null) {
                statement.setString(3, jit);
            }
            statement.execute();
        }
    }

    /** Restores the search path. */
    interface InspectionSettings extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }
}
