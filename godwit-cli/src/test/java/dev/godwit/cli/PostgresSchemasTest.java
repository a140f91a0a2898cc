package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several schemas managed at once ({@code schemas=app,reporting}): an app schema that holds the
 * history and the unqualified names, and a reporting schema with a view over the app's tables and a
 * foreign key into them — generated, migrated, checked, watched for drift and undone.
 */
class PostgresSchemasTest {

    @TempDir
    Path dir;

    private String url;

    private static final String SCHEMA = """
            CREATE TABLE trip (id integer PRIMARY KEY, title varchar(200) NOT NULL);
            CREATE SCHEMA reporting;
            CREATE TABLE reporting.trip_total (
                trip_id integer PRIMARY KEY REFERENCES trip (id) ON DELETE CASCADE,
                amount numeric(10, 2) NOT NULL
            );
            CREATE VIEW reporting.trip_amounts AS
                SELECT t.id, t.title, tt.amount FROM trip t JOIN reporting.trip_total tt ON tt.trip_id = t.id;
            GRANT USAGE ON SCHEMA reporting TO accountant;
            GRANT SELECT ON reporting.trip_amounts TO accountant;
            """;

    @BeforeEach
    void database() throws Exception {
        url = EmbeddedPostgresSupport.newDatabase();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN CREATE ROLE accountant NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            // Another tool's schema: not listed in schemas=, so not godwit's.
            s.execute("CREATE SCHEMA jobs; CREATE TABLE jobs.queue (id bigint)");
        }
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url + "\nschema=schema.sql\nschemas=app, reporting\n");
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
    }

    @Test
    void twoSchemasAreGeneratedMigratedCheckedWatchedAndUndone() throws Exception {
        Cli diff = run("diff", "-m", "trips and reporting");
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        String v1 = Files.readString(dir.resolve("migrations/V1__trips_and_reporting.sql"));
        assertThat(v1).contains("CREATE SCHEMA reporting;").doesNotContain("CREATE SCHEMA app")
                .contains("CREATE TABLE trip (").contains("CREATE TABLE reporting.trip_total (")
                .contains("REFERENCES trip (id) ON DELETE CASCADE").contains("CREATE VIEW reporting.trip_amounts AS")
                .contains("GRANT USAGE ON SCHEMA reporting TO accountant");
        assertThat(v1.indexOf("CREATE SCHEMA reporting")).isLessThan(v1.indexOf("CREATE TABLE reporting.trip_total"));

        Cli migrate = run("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(query("SELECT string_agg(schemaname || '.' || tablename, ', ' ORDER BY schemaname, tablename) FROM pg_tables"
                + " WHERE schemaname IN ('app', 'reporting', 'public')"))
                .as("the first schema was made, and holds the history and the unqualified tables")
                .isEqualTo("app.godwit_history, app.trip, reporting.trip_total");
        assertThat(run("check").exitCode()).isZero();
        Cli drift = run("drift");
        assertThat(drift.exitCode()).as(drift.all()).isZero();
        assertThat(drift.all()).doesNotContain("jobs");

        // A hand-made change in the second schema is drift, with the SQL that reconciles it.
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("REVOKE SELECT ON reporting.trip_amounts FROM accountant");
        }
        Cli drifted = run("drift");
        assertThat(drifted.exitCode()).as(drifted.all()).isEqualTo(1);
        assertThat(drifted.all()).contains("GRANT SELECT ON TABLE reporting.trip_amounts TO accountant");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("GRANT SELECT ON reporting.trip_amounts TO accountant");
        }

        // A column type the cross-schema view reads changes: the view is recreated around it.
        Files.writeString(dir.resolve("schema.sql"), SCHEMA.replace("varchar(200)", "varchar(300)"));
        Cli widen = run("diff", "-m", "longer titles");
        assertThat(widen.exitCode()).as(widen.all()).isZero();
        String v2 = Files.readString(dir.resolve("migrations/V2__longer_titles.sql"));
        assertThat(v2.indexOf("DROP VIEW reporting.trip_amounts")).isLessThan(v2.indexOf("ALTER TABLE trip ALTER COLUMN title TYPE"));
        assertThat(v2.indexOf("ALTER TABLE trip ALTER COLUMN title TYPE")).isLessThan(v2.indexOf("CREATE VIEW reporting.trip_amounts"));
        assertThat(run("migrate").exitCode()).isZero();
        assertThat(run("check").exitCode()).isZero();

        Cli undo = run("undo");
        assertThat(undo.exitCode()).as(undo.all()).isZero();
        Cli undoFirst = run("undo");
        assertThat(undoFirst.exitCode()).as(undoFirst.all()).isZero();
        assertThat(query("SELECT count(*) FROM pg_namespace WHERE nspname = 'reporting'")).isEqualTo("0");
        assertThat(query("SELECT count(*) FROM jobs.queue")).as("the schema godwit does not manage is left alone").isEqualTo("0");
    }

    @Test
    void aFlagNamesTheSchemasAndSqliteRefusesThem() throws Exception {
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url + "\nschema=schema.sql\n");
        assertThat(run("diff", "--schemas", "app,reporting", "-m", "first").exitCode()).isZero();
        assertThat(run("migrate", "--schemas", "app,reporting").exitCode()).isZero();
        assertThat(query("SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND tablename = 'godwit_history'")).isEqualTo("1");

        Cli sqlite = Cli.run(dir, Map.of(), "status", "--url", "jdbc:sqlite:" + dir.resolve("app.db"), "--schemas", "app");
        assertThat(sqlite.exitCode()).as(sqlite.all()).isEqualTo(2);
        assertThat(sqlite.err()).contains("GW-E104").contains("sqlite has no schemas").contains("remove schemas=");

        Cli quoted = run("status", "--schemas", "app,\"Reporting\"");
        assertThat(quoted.exitCode()).isEqualTo(2);
        assertThat(quoted.err()).contains("not a schema name");
    }

    private Cli run(String... args) {
        return Cli.run(dir, Map.of("GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD), args);
    }

    private Connection connect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }

    private String query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
