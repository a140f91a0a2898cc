package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The user story on PostgreSQL: the target is one embedded server, the dev database another that godwit starts itself. */
class PostgresOdysseeStoryTest extends OdysseeStoryContract {

    private String url;

    @BeforeEach
    void database() {
        url = EmbeddedPostgresSupport.newDatabase();
    }

    @Test
    void changesToTablesInUseTakeTheSafeFormsInMigrationsOfTheirOwn() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url + "\nschema=schema.sql\n");
        Cli.run(dir, environment(), "hash");
        String base = "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(200));\n"
                + "CREATE TABLE invoice (id INTEGER PRIMARY KEY, trip_id INTEGER);\n";
        Files.writeString(dir.resolve("schema.sql"), base);
        assertThat(Cli.run(dir, environment(), "diff").exitCode()).isZero();
        assertThat(Cli.run(dir, environment(), "migrate").exitCode()).isZero();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO trip VALUES (1, 'Naxos')");
            s.execute("INSERT INTO invoice VALUES (1, 1)");
        }

        Files.writeString(dir.resolve("schema.sql"), base + "ALTER TABLE trip ADD COLUMN nights INTEGER NOT NULL;\n");
        Cli refused = Cli.run(dir, environment(), "diff");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("trip.nights is NOT NULL without a default").contains("give it a DEFAULT");

        Files.writeString(dir.resolve("schema.sql"), base.replace("title VARCHAR(200)", "title VARCHAR(200) NOT NULL")
                .replace("trip_id INTEGER", "trip_id INTEGER REFERENCES trip (id)") + "CREATE INDEX trip_title_idx ON trip (title);\n");
        Cli safe = Cli.run(dir, environment(), "diff", "-m", "constraints");
        assertThat(safe.exitCode()).as(safe.all()).isZero();
        assertThat(safe.out()).contains("V2__constraints.sql, migrations/V3__validate_trip_title_and_1_more.sql, migrations/V4__indexes_trip_title_idx.sql");
        assertThat(Files.readString(dir.resolve("migrations/V2__constraints.sql")))
                .contains("CHECK (title IS NOT NULL) NOT VALID").contains("FOREIGN KEY (trip_id) REFERENCES trip (id) NOT VALID")
                .doesNotContain("VALIDATE").doesNotContain("CREATE INDEX");
        assertThat(Files.readString(dir.resolve("migrations/V3__validate_trip_title_and_1_more.sql")))
                .contains("VALIDATE CONSTRAINT trip_title_not_null").contains("SET NOT NULL").contains("VALIDATE CONSTRAINT invoice_trip_id_fkey");
        assertThat(Files.readString(dir.resolve("migrations/V4__indexes_trip_title_idx.sql")))
                .startsWith("-- godwit:no-transaction\n").contains("SET lock_timeout")
                .contains("DROP INDEX CONCURRENTLY IF EXISTS trip_title_idx").contains("CREATE INDEX CONCURRENTLY trip_title_idx ON trip (title)");
        Cli migrated = Cli.run(dir, environment(), "migrate");
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        assertThat(migrated.out()).contains("applied 3 migration(s)");
        assertThat(Cli.run(dir, environment(), "check").exitCode()).isZero();
    }

    @Test
    void anEnumValueRenamedKeepsTheRowsThatHoldIt() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url + "\nschema=schema.sql\n");
        Cli.run(dir, environment(), "hash");
        String schema = "CREATE TYPE trip_state AS ENUM ('draft', 'booked');\nCREATE TABLE trip (id integer PRIMARY KEY, state trip_state NOT NULL DEFAULT 'draft');\n";
        Files.writeString(dir.resolve("schema.sql"), schema);
        assertThat(Cli.run(dir, environment(), "diff").exitCode()).isZero();
        assertThat(Cli.run(dir, environment(), "migrate").exitCode()).isZero();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO trip VALUES (1, 'booked'), (2, DEFAULT)");
        }
        Files.writeString(dir.resolve("schema.sql"), schema.replace("'booked'", "'confirmed'"));
        Cli asked = Cli.run(dir, environment(), "diff");
        assertThat(asked.exitCode()).isEqualTo(1);
        assertThat(asked.err()).contains("GW-E")
                .contains("Did you rename value 'booked' of enum type trip_state to 'confirmed'?  if so: --rename trip_state.booked=confirmed");
        Cli renamed = Cli.run(dir, environment(), "diff", "--rename", "trip_state.booked=confirmed", "-m", "confirmed");
        assertThat(renamed.exitCode()).as(renamed.all()).isZero();
        assertThat(Files.readString(dir.resolve("migrations/V2__confirmed.sql"))).contains("ALTER TYPE trip_state RENAME VALUE 'booked' TO 'confirmed'")
                .doesNotContain("DROP TYPE");
        assertThat(Cli.run(dir, environment(), "migrate").exitCode()).isZero();
        assertThat(Cli.run(dir, environment(), "check").exitCode()).isZero();
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT string_agg(state::text, ',' ORDER BY id) FROM trip")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("confirmed,draft");
        }
        assertThat(Cli.run(dir, environment(), "undo").exitCode()).isZero();
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT string_agg(state::text, ',' ORDER BY id) FROM trip")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("booked,draft");
        }
    }

    /** What a real app has beside its tables: citext for e-mails, an updated_at trigger, a reporting view, a read-only role. */
    @Test
    void whatARealAppHasBesideItsTablesIsGeneratedMigratedCheckedAndUndone() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url + "\nschema=schema.sql\n");
        Cli.run(dir, environment(), "hash");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            // Roles belong to the cluster: production has its read-only role before any migration names it.
            s.execute("DO $$ BEGIN CREATE ROLE odyssee_readonly NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        }
        String app = """
                CREATE EXTENSION citext;
                CREATE TABLE traveller (id integer PRIMARY KEY, email citext NOT NULL UNIQUE);
                CREATE TABLE trip (id integer PRIMARY KEY, title varchar(200) NOT NULL, traveller_id integer REFERENCES traveller (id),
                                   updated_at timestamptz NOT NULL DEFAULT now());
                CREATE TABLE invoice (id integer PRIMARY KEY, trip_id integer NOT NULL REFERENCES trip (id), facture_pdf varchar(255));
                CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  NEW.updated_at := now();
                  RETURN NEW;
                END
                $$;
                CREATE TRIGGER trip_updated_at BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
                CREATE VIEW trip_invoice_state AS
                  SELECT t.id, t.title, CASE WHEN i.facture_pdf IS NULL THEN 'to invoice' ELSE 'invoiced' END AS state
                  FROM trip t LEFT JOIN invoice i ON i.trip_id = t.id;
                GRANT SELECT ON trip, invoice, trip_invoice_state TO odyssee_readonly;
                """;
        Files.writeString(dir.resolve("schema.sql"), app);
        Cli diff = Cli.run(dir, environment(), "diff", "-m", "odyssee");
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        assertThat(diff.err()).doesNotContain("does not model");
        String v1 = Files.readString(dir.resolve("migrations/V1__odyssee.sql"));
        assertThat(v1.indexOf("CREATE EXTENSION IF NOT EXISTS citext")).isLessThan(v1.indexOf("CREATE TABLE traveller"));
        assertThat(v1.indexOf("CREATE OR REPLACE FUNCTION touch_updated_at()")).isLessThan(v1.indexOf("CREATE TRIGGER trip_updated_at"));
        assertThat(v1.indexOf("CREATE VIEW trip_invoice_state")).isLessThan(v1.indexOf("GRANT SELECT ON TABLE trip_invoice_state"));
        assertThat(Cli.run(dir, environment(), "migrate").exitCode()).isZero();
        assertThat(Cli.run(dir, environment(), "check").exitCode()).isZero();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO traveller VALUES (1, 'Eva@Example.org')");
            s.execute("INSERT INTO trip (id, title, traveller_id, updated_at) VALUES (1, 'Naxos', 1, '2020-01-01')");
            s.execute("UPDATE trip SET title = 'Naxos et Paros' WHERE id = 1");
            try (var rs = s.executeQuery("SELECT t.updated_at > '2021-01-01', v.state, (SELECT count(*) FROM traveller WHERE email = 'eva@example.org')"
                    + " FROM trip t JOIN trip_invoice_state v ON v.id = t.id")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("the trigger set updated_at").isTrue();
                assertThat(rs.getString(2)).isEqualTo("to invoice");
                assertThat(rs.getLong(3)).as("citext compares e-mails without case").isEqualTo(1);
            }
            try (var rs = s.executeQuery("SELECT has_table_privilege('odyssee_readonly', 'trip_invoice_state', 'SELECT')")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }

        // The view gains the invoice's file; its grant survives the recreation; undo goes back.
        Files.writeString(dir.resolve("schema.sql"), app.replace("END AS state", "END AS state, i.facture_pdf"));
        Cli more = Cli.run(dir, environment(), "diff", "-m", "state with file");
        assertThat(more.exitCode()).as(more.all()).isZero();
        assertThat(Files.readString(dir.resolve("migrations/V2__state_with_file.sql"))).contains("DROP VIEW trip_invoice_state")
                .contains("GRANT SELECT ON TABLE trip_invoice_state TO odyssee_readonly");
        assertThat(Cli.run(dir, environment(), "migrate").exitCode()).isZero();
        assertThat(Cli.run(dir, environment(), "check").exitCode()).isZero();
        Cli undo = Cli.run(dir, environment(), "undo");
        assertThat(undo.exitCode()).as(undo.all()).isZero();
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*), bool_and(has_table_privilege('odyssee_readonly', 'trip_invoice_state', 'SELECT'))"
                     + " FROM information_schema.columns WHERE table_name = 'trip_invoice_state'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Override
    String url() {
        return url;
    }

    @Override
    Map<String, String> environment() {
        return Map.of("GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Override
    Connection connect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }
}
