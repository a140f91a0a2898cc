package dev.godwit.postgres;

import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Unmodelled;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing the model does not hold is skipped in silence: for every kind catalog/unmodelled.sql
 * reports, an object of that kind made on a real PostgreSQL is listed by kind and name, and changes
 * the schema's fingerprint; a database godwit alone has migrated lists nothing.
 */
class UnmodelledInventoryTest {

    private static final PostgresInspector INSPECTOR = new PostgresInspector();

    private static final String BASE = """
            CREATE TABLE trip (id integer PRIMARY KEY, title text, during int4range, price integer CHECK (price > 0));
            CREATE TABLE invoice (id integer PRIMARY KEY, trip_id integer REFERENCES trip (id));
            """;

    /** Each case: the SQL that makes one object, and the kind and name it must be listed under. */
    private record Case(String sql, String kind, String name) {
    }

    private static final List<Case> CASES = List.of(
            new Case("CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer)", "aggregate", "total(integer)"),
            new Case("CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                    + " CREATE TRIGGER trip_stamp BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION stamp();"
                    + " ALTER TABLE trip DISABLE TRIGGER trip_stamp", "trigger state", "trip_stamp on trip"),
            new Case("CREATE VIEW trip_titles AS SELECT id, title FROM trip;"
                    + " CREATE FUNCTION instead() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                    + " CREATE TRIGGER trip_titles_insert INSTEAD OF INSERT ON trip_titles FOR EACH ROW EXECUTE FUNCTION instead()",
                    "trigger", "trip_titles_insert on trip_titles"),
            new Case("CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;"
                    + " CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit()", "event trigger", "audit_ddl"),
            new Case("CREATE RULE trip_no_delete AS ON DELETE TO trip DO INSTEAD NOTHING", "rule", "trip_no_delete on trip"),
            new Case("CREATE FOREIGN DATA WRAPPER dummy; CREATE SERVER far FOREIGN DATA WRAPPER dummy;"
                    + " CREATE FOREIGN TABLE remote_trip (id integer) SERVER far", "foreign table", "remote_trip"),
            new Case("CREATE PUBLICATION trips FOR TABLE trip", "publication", "trips"),
            new Case("CREATE FUNCTION near(integer, integer) RETURNS boolean LANGUAGE sql AS 'SELECT abs($1 - $2) < 2';"
                    + " CREATE OPERATOR ~~~ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = near)", "operator", "~~~(integer, integer)"),
            new Case("CREATE OPERATOR CLASS int_ops_2 FOR TYPE integer USING btree AS OPERATOR 1 <, FUNCTION 1 btint4cmp(integer, integer)",
                    "operator class", "int_ops_2 using btree"),
            new Case("CREATE TEXT SEARCH CONFIGURATION french_trips (COPY = simple)", "text search configuration", "french_trips"),
            new Case("CREATE TEXT SEARCH DICTIONARY trip_words (TEMPLATE = simple, STOPWORDS = english)", "text search dictionary", "trip_words"),
            new Case("CREATE FUNCTION to_flag(integer) RETURNS boolean LANGUAGE sql AS 'SELECT $1 <> 0';"
                    + " CREATE TYPE flag AS ENUM ('on'); CREATE CAST (integer AS flag) WITH INOUT", "cast", "integer as flag"),
            new Case("CREATE TABLE booking (day date NOT NULL, seats integer) PARTITION BY RANGE (day);"
                    + " CREATE TABLE booking_2026 PARTITION OF booking FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
                    + " CREATE INDEX booking_2026_seats ON booking_2026 (seats)", "partition index", "booking_2026_seats on booking_2026"),
            new Case("CREATE TABLE booking (day date NOT NULL, seats integer) PARTITION BY RANGE (day);"
                    + " CREATE TABLE booking_2026 PARTITION OF booking FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
                    + " ALTER TABLE booking_2026 ADD CONSTRAINT few_seats CHECK (seats < 10)", "partition constraint", "few_seats on booking_2026"),
            new Case("CREATE TABLE ticket (no integer GENERATED ALWAYS AS IDENTITY (START WITH 1000 CACHE 10))", "sequence options", "ticket_no_seq"),
            new Case("CREATE INDEX trip_title ON trip (title); COMMENT ON INDEX trip_title IS 'for search'", "comment", "index trip_title"),
            new Case("CREATE STATISTICS trip_stats (dependencies) ON id, price FROM trip", "statistics", "trip_stats"),
            new Case("ALTER TABLE trip ALTER COLUMN title SET STORAGE EXTERNAL", "column storage", "trip.title"),
            new Case("ALTER TABLE trip ALTER COLUMN price SET STATISTICS 500", "column storage", "trip.price"),
            new Case("ALTER TABLE trip ALTER COLUMN title SET (n_distinct = 100)", "column storage", "trip.title"),
            new Case("CREATE INDEX trip_title ON trip (title); ALTER TABLE trip CLUSTER ON trip_title", "cluster", "trip"),
            new Case("CREATE OPERATOR FAMILY trip_ops USING btree", "operator family", "trip_ops using btree"),
            new Case("CREATE FOREIGN DATA WRAPPER dummy", "foreign data wrapper", "dummy"),
            new Case("CREATE FOREIGN DATA WRAPPER dummy; CREATE SERVER far FOREIGN DATA WRAPPER dummy", "foreign server", "far"),
            new Case("COMMENT ON CONSTRAINT trip_price_check ON trip IS 'no free trips'", "comment", "constraint trip_price_check on trip"),
            new Case("CREATE TYPE mood AS ENUM ('calm'); COMMENT ON TYPE mood IS 'how the trip feels'", "comment", "type mood"),
            new Case("ALTER TABLE invoice ADD CONSTRAINT invoice_trip_later FOREIGN KEY (trip_id) REFERENCES trip (id) NOT VALID",
                    "constraint state", "invoice_trip_later on invoice"));

    @Test
    void aDatabaseWithOnlyWhatTheModelHoldsListsNothing() throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute(BASE);
            s.execute("CREATE SEQUENCE plain_seq; CREATE INDEX trip_title ON trip (title DESC); CREATE TYPE mood AS ENUM ('happy')");
            assertThat(INSPECTOR.inspect(c).unmodelled()).isEmpty();
        }
    }

    @Test
    void everyKindIsListedByNameAndChangesTheFingerprint() throws SQLException {
        for (Case example : CASES) {
            String url = EmbeddedPostgresSupport.newDatabase();
            try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
                s.execute(BASE);
                Schema before = INSPECTOR.inspect(c);
                s.execute(example.sql());
                Schema after = INSPECTOR.inspect(c);
                assertThat(after.unmodelled()).as(example.sql()).extracting(Unmodelled::kind, Unmodelled::name)
                        .contains(org.assertj.core.groups.Tuple.tuple(example.kind(), example.name()));
                assertThat(after.fingerprint()).as(example.sql()).isNotEqualTo(before.fingerprint());
            }
        }
    }

    @Test
    void securityGrantsAndOptionsTheStructuredModelLacksAreKeptAsDefinitions() throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute(BASE);
            s.execute("DO $$ BEGIN CREATE ROLE godwit_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                    + " ALTER TABLE trip ENABLE ROW LEVEL SECURITY; CREATE POLICY own_trips ON trip USING (id > 0);"
                    + " GRANT SELECT ON trip TO godwit_reader; GRANT UPDATE (title) ON trip TO godwit_reader;"
                    + " CREATE INDEX trip_title_pattern ON trip (title text_pattern_ops);"
                    + " ALTER TABLE invoice ADD CONSTRAINT invoice_once UNIQUE (trip_id) DEFERRABLE;"
                    + " ALTER TABLE trip SET (fillfactor = 80);"
                    + " CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%'); CREATE TYPE address AS (street text, city text);"
                    + " CREATE TYPE float_range AS RANGE (SUBTYPE = float8)");
            Schema schema = INSPECTOR.inspect(c);
            assertThat(schema.unmodelled()).isEmpty();
            assertThat(schema.definitions().keySet()).containsExactlyInAnyOrder("policy own_trips on trip", "row level security trip",
                    "grant table trip to godwit_reader", "grant column trip.title to godwit_reader", "index trip_title_pattern",
                    "constraint invoice_once on invoice", "table options trip", "type email", "type address", "type float_range");
            assertThat(schema.definitions().get("type email").create())
                    .containsExactly("CREATE DOMAIN email AS text", "ALTER DOMAIN email ADD CONSTRAINT email_check CHECK (VALUE ~~ '%@%'::text)");
            assertThat(schema.definitions().get("grant table trip to godwit_reader").create()).containsExactly("GRANT SELECT ON TABLE trip TO godwit_reader");
            assertThat(schema.definitions().get("policy own_trips on trip").create())
                    .containsExactly("CREATE POLICY own_trips ON trip AS PERMISSIVE FOR ALL TO PUBLIC USING (id > 0)");
            assertThat(schema.tables().get("trip").indexes()).doesNotContainKey("trip_title_pattern");
            s.execute("ALTER TABLE trip ALTER COLUMN title TYPE text COLLATE \"C\"");
            assertThat(INSPECTOR.inspect(c).tables().get("trip").column("title").orElseThrow().type()).isEqualTo("text COLLATE \"C\"");
            assertThat(schema.tables().get("invoice").uniques()).doesNotContainKey("invoice_once");
        }
    }

    @Test
    void viewsRoutinesAndTableTriggersAreModelledNotListed() throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute(BASE);
            s.execute("CREATE VIEW trip_titles AS SELECT id, title FROM trip;"
                    + " CREATE MATERIALIZED VIEW trip_count AS SELECT count(*) AS n FROM trip; CREATE INDEX trip_count_n ON trip_count (n);"
                    + " CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                    + " CREATE PROCEDURE tidy(n integer) LANGUAGE sql AS $$ DELETE FROM trip WHERE id < n $$;"
                    + " CREATE TRIGGER trip_stamp BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION stamp()");
            Schema schema = INSPECTOR.inspect(c);
            assertThat(schema.unmodelled()).isEmpty();
            assertThat(schema.definitions().keySet()).containsExactly("function stamp()", "materialized view trip_count",
                    "procedure tidy(IN n integer)", "view trip_titles");
            assertThat(schema.definitions().get("view trip_titles").dependsOn()).containsExactly("table trip");
            assertThat(schema.definitions().get("materialized view trip_count").create()).hasSize(2)
                    .last().satisfies(index -> assertThat(index).startsWith("CREATE INDEX trip_count_n ON trip_count"));
            assertThat(schema.tables().get("trip").triggers()).containsOnlyKeys("trip_stamp");
            assertThat(schema.tables().get("trip").triggers().get("trip_stamp").definition())
                    .isEqualTo("CREATE TRIGGER trip_stamp BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION stamp()");
        }
    }

    @Test
    void definitionsPrintAlikeInAScratchSchemaAndInPublic() throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase();
        String objects = "CREATE TABLE trip (id integer PRIMARY KEY);"
                + " CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                + " CREATE VIEW trip_ids AS SELECT id FROM trip;"
                + " CREATE TRIGGER trip_touch BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION touch();"
                + " CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer)";
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute(objects);
            Schema inPublic = INSPECTOR.inspect(c);
            s.execute("CREATE SCHEMA godwit_dev_0123456789ab");
            // As the dev database's scratch schema manages itself alone.
            PostgresDialect.manage(c, List.of("godwit_dev_0123456789ab"));
            s.execute(objects);
            assertThat(INSPECTOR.inspect(c).fingerprint()).isEqualTo(inPublic.fingerprint());
            assertThat(inPublic.definitions().get("function touch()").create()).singleElement()
                    .satisfies(sql -> assertThat(sql).startsWith("CREATE OR REPLACE FUNCTION touch()").doesNotContain("public."));
        }
    }
}
