package dev.godwit.postgres;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.ConnectionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which schemas the inspector reads, how it names what it finds there, and what {@code schemas=} leaves on a lent connection. */
class ManagedSchemasTest {

    private static final PostgresDialect DIALECT = new PostgresDialect();

    @TempDir
    Path dir;

    @Test
    void everySchemaPgDumpSeesIsManagedByDefaultAndNamedFromTheCurrentOne() throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE trip (id integer PRIMARY KEY);"
                    + " CREATE SCHEMA \"Reporting\"; CREATE TABLE \"Reporting\".trip (id integer REFERENCES public.trip (id));"
                    + " CREATE SCHEMA godwit_dev_0123456789ab; CREATE TABLE godwit_dev_0123456789ab.scratch (id integer)");
            Schema schema = DIALECT.inspector().inspect(c);
            assertThat(schema.tables()).containsOnlyKeys("trip", "Reporting.trip");
            assertThat(schema.tables().get("Reporting.trip").foreignKeys().values()).singleElement()
                    .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("trip"));
            assertThat(schema.definitions()).containsKey("schema Reporting");
            assertThat(DIALECT.ddl().render(new dev.godwit.core.diff.Change.AddTable(schema.tables().get("Reporting.trip"))).get(0))
                    .startsWith("CREATE TABLE \"Reporting\".trip (");

            s.execute("SET search_path TO \"Reporting\"; SET jit = on");
            Schema fromThere = DIALECT.inspector().inspect(c);
            assertThat(fromThere.tables()).as("named from the current schema, whatever the search path named before")
                    .containsOnlyKeys("trip", "public.trip");
            try (ResultSet rs = s.executeQuery("SELECT current_setting('search_path'), current_setting('jit')")) {
                rs.next();
                assertThat(rs.getString(1)).as("the inspector puts the connection's search path back").isEqualTo("\"Reporting\"");
                assertThat(rs.getString(2)).as("and its JIT setting").isEqualTo("on");
            }
        }
    }

    @Test
    void schemasSetOnALentConnectionAreResetWhenGodwitGivesItBack() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id integer PRIMARY KEY);\n");
        dev.godwit.core.migration.LocalMigrations.rehash(dir.resolve("migrations"));
        try (Connection pooled = EmbeddedPostgresSupport.connect(url)) {
            // As a pool lends it: closing gives it back, open.
            Connection lent = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(pooled, args));
            GodwitConfig config = GodwitConfig.of(new ConnectionSpec(url, null, null, List.of("app")), dir.resolve("migrations"));
            new Godwit(config, RunListener.SILENT, () -> lent).migrate(MigrateOptions.DEFAULT);
            try (Statement s = pooled.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT current_setting('search_path'), (SELECT schemaname FROM pg_tables WHERE tablename = 'trip')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
                assertThat(rs.getString(2)).isEqualTo("app");
            }
        }
    }
}
