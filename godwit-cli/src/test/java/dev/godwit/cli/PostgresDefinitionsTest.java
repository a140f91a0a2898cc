package dev.godwit.cli;

import dev.godwit.core.problem.ProblemCode;
import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views, functions and triggers on PostgreSQL through the command line, as a user of schema.sql
 * meets them: check fails when only a view's or a function's body differs, diff writes the
 * migration (dependents recreated in order), migrate and undo apply it, drift prints the SQL that
 * would reconcile a hotfix.
 */
class PostgresDefinitionsTest {

    @TempDir
    Path dir;

    private final String url = EmbeddedPostgresSupport.newDatabase();
    private final Map<String, String> env = Map.of("GODWIT_URL", url, "GODWIT_USER", EmbeddedPostgresSupport.APP_USER,
            "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD, "GODWIT_DEV_URL", EmbeddedPostgresSupport.newDatabase(),
            "GODWIT_DEV_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_DEV_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD,
            "GODWIT_SCHEMA", "schema.sql");

    private static final String TABLE = "CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL, updated_at timestamptz);\n";
    private static final String TOUCH = """
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
            CREATE TRIGGER trip_touch BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION touch();
            """;

    private Cli godwit(String... args) {
        return Cli.run(dir, env, args);
    }

    private void schema(String sql) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), sql, StandardCharsets.UTF_8);
    }

    /** Issue 15: a view kept in R__views.sql is part of what the migrations produce, and diff changes it in that file. */
    @Test
    void aViewARepeatableMigrationMakesIsReplayedAndChangedInItsFile() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String view = "CREATE VIEW trip_titles AS SELECT id, title FROM trip;\n";
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), TABLE);
        Files.writeString(dir.resolve("migrations/R__views.sql"), "DROP VIEW IF EXISTS trip_titles;\n" + view);
        // A callback that runs after the repeatable migrations: what it makes is part of what the files produce too.
        String ids = "CREATE OR REPLACE VIEW trip_ids AS SELECT id FROM trip;\n";
        Files.writeString(dir.resolve("migrations/afterMigrate.sql"), ids);
        assertThat(godwit("hash").exitCode()).isZero();
        schema(TABLE + view + ids);
        Cli check = godwit("check");
        assertThat(check.exitCode()).as("the replay ran R__views.sql: " + check.all()).isZero();
        Cli status = godwit("status");
        assertThat(status.out()).contains("R__views.sql").contains("pending");
        assertThat(godwit("migrate").exitCode()).isZero();
        assertThat(godwit("status").out()).containsPattern("R__views.sql +applied");

        // The view changes, and a column beside it: the column in a versioned migration, the view in its file.
        schema(TABLE.replace("updated_at timestamptz", "updated_at timestamptz, nights integer") + "CREATE VIEW trip_titles AS SELECT id, title, price FROM trip;\n" + ids);
        Cli diff = godwit("diff", "-m", "nights and prices");
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        assertThat(Files.readString(dir.resolve("migrations/V2__nights_and_prices.sql"))).contains("ADD COLUMN nights integer")
                .as("the view is made in its file, which runs after: here it is only dropped, as a change of what it reads may need")
                .doesNotContain("CREATE VIEW");
        assertThat(Files.readString(dir.resolve("migrations/R__views.sql"))).startsWith("-- Written by `godwit diff`")
                .contains("DROP VIEW IF EXISTS trip_titles;").contains("    price\n   FROM trip").doesNotContain("VIEW trip_titles AS SELECT id, title FROM");
        Cli migrate = godwit("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(query("SELECT count(*)::text FROM information_schema.columns WHERE table_name = 'trip_titles'")).isEqualTo("3");
        Cli after = godwit("check");
        assertThat(after.exitCode()).as(after.all()).isZero();
        Cli drift = godwit("drift");
        assertThat(drift.exitCode()).as(drift.all()).isZero();
    }

    @Test
    void aViewOrFunctionBodyThatDiffersIsAMigrationToWriteAndDiffWritesIt() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        schema(TABLE + TOUCH + "CREATE VIEW trip_titles AS SELECT id, title FROM trip;\n");
        assertThat(godwit("diff", "-m", "create trip").exitCode()).isZero();
        assertThat(godwit("migrate").exitCode()).isZero();
        assertThat(godwit("check").exitCode()).as(godwit("check").all()).isZero();
        assertThat(godwit("check").err()).doesNotContain("does not model");

        // Only the view's body changes.
        schema(TABLE + TOUCH + "CREATE VIEW trip_titles AS SELECT id, title, price FROM trip;\n");
        Cli check = godwit("check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("error[" + ProblemCode.SCHEMA_DIFFERS.code() + "]").contains("create view trip_titles");

        // Only the function's body changes.
        schema(TABLE + TOUCH.replace("now()", "clock_timestamp()") + "CREATE VIEW trip_titles AS SELECT id, title FROM trip;\n");
        Cli function = godwit("check");
        assertThat(function.exitCode()).isEqualTo(1);
        assertThat(function.err()).contains("replace the body of function touch()");
        Cli diff = godwit("diff", "-m", "touch with clock");
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        String written = Files.readString(dir.resolve("migrations/V2__touch_with_clock.sql"));
        assertThat(written).contains("CREATE OR REPLACE FUNCTION touch()").contains("clock_timestamp()").doesNotContain("DROP TRIGGER");
        assertThat(godwit("migrate").exitCode()).isZero();
        assertThat(godwit("check").exitCode()).isZero();
        assertThat(godwit("undo").exitCode()).as("the U file puts the old body back").isZero();
        assertThat(functionBody()).contains("now()");
        assertThat(godwit("migrate").exitCode()).isZero();

        // A hotfix in production: drift says so and prints the SQL that brings the files' version back.
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute("SET ROLE " + EmbeddedPostgresSupport.APP_USER);
            s.execute("CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
        }
        Cli drift = godwit("drift");
        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out()).contains("drift[" + ProblemCode.DRIFT.code() + "]").contains("CREATE OR REPLACE FUNCTION touch()")
                .contains("clock_timestamp()");
    }

    @Test
    void aViewOverAColumnWhoseTypeChangesIsRecreatedAroundTheChangeAndUndone() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String view = "CREATE VIEW trip_titles AS SELECT id, upper(title) AS title FROM trip;\n";
        schema(TABLE + view);
        assertThat(godwit("diff", "-m", "create trip").exitCode()).isZero();
        assertThat(godwit("migrate").exitCode()).isZero();
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO trip (id, title, price) VALUES (1, 'Cyclades', 900)");
        }

        schema(TABLE.replace("varchar(100)", "varchar(300)") + view);
        Cli diff = godwit("diff", "-m", "longer titles");
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        String written = Files.readString(dir.resolve("migrations/V2__longer_titles.sql"));
        assertThat(written.indexOf("DROP VIEW trip_titles")).isPositive().isLessThan(written.indexOf("ALTER COLUMN title TYPE"));
        assertThat(written.indexOf("ALTER COLUMN title TYPE")).isLessThan(written.indexOf("CREATE VIEW trip_titles"));
        Cli migrate = godwit("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(query("SELECT title FROM trip_titles")).isEqualTo("CYCLADES");
        assertThat(godwit("check").exitCode()).isZero();
        Cli undo = godwit("undo");
        assertThat(undo.exitCode()).as(undo.all()).isZero();
        assertThat(query("SELECT character_maximum_length::text FROM information_schema.columns WHERE table_name = 'trip' AND column_name = 'title'"))
                .isEqualTo("100");
        assertThat(query("SELECT title FROM trip_titles")).isEqualTo("CYCLADES");
    }

    @Test
    void anExtensionTheDevDatabaseLacksIsNamedWithTheWayOn() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        schema("CREATE EXTENSION vector;\n" + TABLE);
        Cli check = godwit("check");
        assertThat(check.exitCode()).as(check.all()).isEqualTo(1);
        assertThat(check.err()).contains("error[" + ProblemCode.DEV_DATABASE_LACKS.code() + "]").contains("schema.sql statement 1 (line 1)")
                .contains("vector").contains("set dev-url");
        assertThat(check.all()).doesNotContain("Exception");
    }

    @Test
    void aPolicyOnARenamedTableAndAGrantToARoleTheDevDatabaseLacksMigrateAndUndo() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String role = "odyssee_ro_" + System.nanoTime();
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " NOLOGIN"); // production has the role; the dev database is given none
        }
        String security = "ALTER TABLE %1$s ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY visible ON %1$s USING (price >= 0);\n"
                + "GRANT SELECT ON %1$s TO " + role + ";\n";
        schema(TABLE + String.format(security, "trip"));
        Cli first = godwit("diff", "-m", "create trip");
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(Files.readString(dir.resolve("migrations/V1__create_trip.sql"))).contains("CREATE POLICY visible ON trip")
                .contains("GRANT SELECT ON TABLE trip TO " + role);
        assertThat(godwit("migrate").exitCode()).isZero();
        assertThat(godwit("check").exitCode()).isZero();

        schema(TABLE.replace("TABLE trip", "TABLE journey") + String.format(security, "journey"));
        Cli renamed = godwit("diff", "-m", "trip becomes journey", "--rename", "trip=journey");
        assertThat(renamed.exitCode()).as(renamed.all()).isZero();
        String written = Files.readString(dir.resolve("migrations/V2__trip_becomes_journey.sql"));
        assertThat(written.indexOf("DROP POLICY visible ON trip")).isPositive().isLessThan(written.indexOf("ALTER TABLE trip RENAME TO journey"));
        assertThat(written.indexOf("ALTER TABLE trip RENAME TO journey")).isLessThan(written.indexOf("CREATE POLICY visible ON journey"));
        Cli migrate = godwit("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(query("SELECT count(*)::text FROM pg_policies WHERE tablename = 'journey' AND policyname = 'visible'")).isEqualTo("1");
        assertThat(godwit("check").exitCode()).isZero();
        Cli undo = godwit("undo");
        assertThat(undo.exitCode()).as(undo.all()).isZero();
        assertThat(query("SELECT count(*)::text FROM pg_policies WHERE tablename = 'trip' AND policyname = 'visible'")).isEqualTo("1");
        assertThat(query("SELECT has_table_privilege('" + role + "', 'trip', 'SELECT')::text")).isEqualTo("true");
    }

    @Test
    void aRoleOnlyProductionHasIsCreatedWithoutLoginOnTheEmbeddedDevDatabase() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        schema(TABLE + "GRANT SELECT ON trip TO odyssee_auditor;\n");
        Map<String, String> embeddedDev = new java.util.HashMap<>(env);
        embeddedDev.keySet().removeIf(k -> k.startsWith("GODWIT_DEV_"));
        Cli diff = Cli.run(dir, embeddedDev, "diff", "-m", "create trip");
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        assertThat(Files.readString(dir.resolve("migrations/V1__create_trip.sql"))).contains("GRANT SELECT ON TABLE trip TO odyssee_auditor");
    }

    @Test
    void aGrantToARoleTheTargetLacksIsRefusedBeforeAnythingRuns() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), TABLE);
        Files.writeString(dir.resolve("migrations/V2__grant.sql"), "CREATE INDEX trip_title ON trip (title);\nGRANT SELECT ON trip TO ghost_reader;\n");
        godwit("hash");
        Cli migrate = godwit("migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isEqualTo(1);
        assertThat(migrate.err()).contains("error[" + ProblemCode.MISSING_ROLE.code() + "]: V2__grant.sql line 2 names role ghost_reader")
                .contains("nothing was applied");
        assertThat(query("SELECT count(*)::text FROM pg_tables WHERE tablename = 'trip'")).as("V1 did not run either").isEqualTo("0");
    }

    /** Issue 12: check fails when only a grant, a policy or a column's collation differs, and drift prints the SQL for each. */
    @Test
    void onlyAGrantAPolicyOrACollationDifferingFailsCheckAndDriftPrintsTheSqlForEach() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String role = "odyssee_audit_" + System.nanoTime();
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " NOLOGIN");
        }
        String base = TABLE + "CREATE POLICY cheap ON trip USING (price < 100);\n";
        schema(base);
        assertThat(godwit("diff", "-m", "trip").exitCode()).isZero();
        assertThat(godwit("migrate").exitCode()).isZero();

        for (String changed : List.of(base + "GRANT SELECT ON trip TO " + role + ";\n",
                base.replace("price < 100", "price < 200"),
                base.replace("title varchar(100)", "title varchar(100) COLLATE \"C\""))) {
            schema(changed);
            Cli check = godwit("check");
            assertThat(check.exitCode()).as(changed + "\n" + check.all()).isEqualTo(1);
            assertThat(check.err()).contains("error[" + ProblemCode.SCHEMA_DIFFERS.code() + "]");
        }

        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute("GRANT SELECT ON trip TO " + role);
            s.execute("DROP POLICY cheap ON trip; CREATE POLICY cheap ON trip USING (price < 500)");
            s.execute("ALTER TABLE trip ALTER COLUMN title TYPE varchar(100) COLLATE \"C\"");
        }
        Cli drift = godwit("drift");
        assertThat(drift.exitCode()).as(drift.all()).isEqualTo(1);
        assertThat(drift.out()).contains("REVOKE SELECT ON TABLE trip FROM " + role)
                .contains("DROP POLICY cheap ON trip").contains("CREATE POLICY cheap ON trip AS PERMISSIVE FOR ALL TO PUBLIC USING (price < 100)")
                .contains("ALTER TABLE trip ALTER COLUMN title TYPE character varying(100)");
    }

    private String functionBody() throws Exception {
        return query("SELECT prosrc FROM pg_proc WHERE proname = 'touch'");
    }

    private String query(String sql) throws Exception {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
