package dev.godwit.core.lint;

import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.ScriptKind;
import dev.godwit.core.migration.Version;
import dev.godwit.core.spi.Capabilities;
import dev.godwit.core.sql.SqlSyntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule fires on its statement and stays quiet on a near miss. */
class LinterTest {

    private static final SqlSyntax POSTGRES = new SqlSyntax(true, true, true, false, false, true);
    private static final Capabilities ONLINE = new Capabilities(true, true, true);
    /** SQLite's: nothing online, table rebuilds through godwit_new_* scratch tables. */
    private static final Capabilities REBUILDS = new Capabilities(false, false, false, "godwit_new_");

    @TempDir
    Path dir;

    private List<Finding> lint(String sql, Capabilities capabilities) throws IOException {
        Path file = Files.writeString(dir.resolve("V9__m.sql"), sql);
        return new Linter(POSTGRES, capabilities).lint(new MigrationScript(ScriptKind.VERSIONED, Version.parse("9"), "m", file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GW101 | ERROR   | DROP TABLE trip;                                                         | DROP TABLE IF EXISTS godwit_new_trip_x_unused_was_never_created; ALTER TABLE godwit_new_x RENAME TO godwit_new_trip_x_unused_was_never_created;
            GW102 | ERROR   | ALTER TABLE trip DROP COLUMN legacy;                                     | ALTER TABLE trip DROP CONSTRAINT trip_legacy_check;
            GW103 | WARNING | ALTER TABLE trip RENAME COLUMN facture_pdf TO invoice_pdf_path;          | ALTER TABLE trip RENAME CONSTRAINT a TO b;
            GW104 | WARNING | ALTER TABLE trip ALTER COLUMN nights TYPE bigint;                        | CREATE TABLE t (id int); ALTER TABLE t ALTER COLUMN id TYPE bigint;
            GW105 | WARNING | ALTER TABLE trip ALTER COLUMN title SET NOT NULL;                        | ALTER TABLE trip VALIDATE CONSTRAINT trip_title_not_null; ALTER TABLE trip ALTER COLUMN title SET NOT NULL;
            GW106 | WARNING | CREATE INDEX trip_title_idx ON trip (title);                             | CREATE INDEX CONCURRENTLY trip_title_idx ON trip (title);
            GW107 | WARNING | ALTER TABLE invoice ADD CONSTRAINT fk FOREIGN KEY (trip_id) REFERENCES trip (id); | ALTER TABLE invoice ADD CONSTRAINT fk FOREIGN KEY (trip_id) REFERENCES trip (id) NOT VALID;
            GW108 | WARNING | ALTER TABLE trip ADD COLUMN token uuid DEFAULT gen_random_uuid();        | ALTER TABLE trip ADD COLUMN created timestamptz DEFAULT now();
            GW110 | ERROR   | DELETE FROM trip;                                                        | DELETE FROM trip WHERE id = 1;
            GW110 | ERROR   | UPDATE trip SET price = 0;                                               | UPDATE trip SET price = 0 WHERE price < 0;
            GW111 | ERROR   | DROP TYPE trip_status;                                                   | CREATE TYPE trip_status AS ENUM ('a');
            GW112 | WARNING | DROP INDEX trip_title_idx;                                               | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nDROP INDEX CONCURRENTLY trip_title_idx;
            GW113 | WARNING | ALTER TABLE trip ADD CONSTRAINT trip_code_key UNIQUE (code);             | ALTER TABLE trip ADD CONSTRAINT trip_code_key UNIQUE USING INDEX trip_code_idx;
            GW114 | WARNING | ALTER TABLE trip ADD CONSTRAINT nights_positive CHECK (nights > 0);      | ALTER TABLE trip ADD CONSTRAINT nights_positive CHECK (nights > 0) NOT VALID;
            GW115 | ERROR   | CREATE INDEX CONCURRENTLY trip_title_idx ON trip (title);                | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nCREATE INDEX CONCURRENTLY trip_title_idx ON trip (title);
            GW116 | ERROR   | BEGIN; UPDATE trip SET price = 0 WHERE id = 1;                           | UPDATE trip SET price = 0 WHERE id = 1;
            GW117 | WARNING | VACUUM FULL trip;                                                        | VACUUM trip;
            GW117 | WARNING | CLUSTER trip USING trip_pkey;                                            | ANALYZE trip;
            GW118 | ERROR   | TRUNCATE trip CASCADE;                                                   | DELETE FROM trip WHERE id = 1;
            GW119 | ERROR   | DROP SCHEMA reporting CASCADE;                                           | DROP SCHEMA reporting;
            GW119 | ERROR   | DROP DATABASE odyssee;                                                   | CREATE DATABASE odyssee_copy;
            GW120 | WARNING | REINDEX TABLE trip;                                                      | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nREINDEX TABLE CONCURRENTLY trip;
            GW121 | WARNING | ALTER TABLE trip ALTER COLUMN title DROP NOT NULL;                       | ALTER TABLE trip ALTER COLUMN title SET DEFAULT 'x';
            GW122 | ERROR   | ALTER TABLE trip ADD COLUMN nights integer NOT NULL;                     | ALTER TABLE trip ADD COLUMN nights integer NOT NULL DEFAULT 1;
            GW123 | WARNING | ALTER TABLE booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&); | CREATE TABLE booking (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
            GW125 | WARNING | ALTER TABLE trip ADD CONSTRAINT c CHECK (nights > 0) NOT VALID; ALTER TABLE trip VALIDATE CONSTRAINT c; | ALTER TABLE trip VALIDATE CONSTRAINT c;
            GW126 | WARNING | ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%');   | ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%') NOT VALID;
            GW127 | WARNING | ALTER TYPE trip_state RENAME VALUE 'booked' TO 'confirmed';             | ALTER TYPE trip_state ADD VALUE 'confirmed';
            GW127 | WARNING | ALTER SCHEMA reporting RENAME TO analytics;                             | ALTER SCHEMA reporting OWNER TO app;
            GW128 | ERROR   | ALTER TYPE trip_state ADD VALUE 'confirmed'; UPDATE trip SET state = 'confirmed' WHERE id = 1; | ALTER TYPE trip_state ADD VALUE 'confirmed'; UPDATE trip SET state = 'booked' WHERE id = 1;
            GW129 | WARNING | ALTER TABLE trip ADD COLUMN seq bigserial;                               | CREATE TABLE t (id bigserial PRIMARY KEY);
            GW129 | WARNING | ALTER TABLE trip ADD COLUMN total numeric GENERATED ALWAYS AS (price * 2) STORED; | ALTER TABLE trip ADD COLUMN total numeric;
            GW130 | WARNING | ALTER TABLE events DETACH PARTITION events_2020;                         | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;
            """)
    void ruleFiresAndNearMissDoesNot(String code, Finding.Severity severity, String fires, String nearMiss) throws IOException {
        nearMiss = nearMiss.replace("\\n", "\n");
        assertThat(lint(fires, ONLINE)).extracting(f -> f.rule().code()).containsExactly(code);
        assertThat(lint(fires, ONLINE).get(0).severity()).isEqualTo(severity);
        assertThat(lint(nearMiss, ONLINE)).extracting(f -> f.rule().code()).doesNotContain(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GW131 | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nCREATE INDEX CONCURRENTLY i ON trip (title); | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON trip (title);
            GW131 | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nDROP INDEX CONCURRENTLY i;                     | -- godwit:no-transaction\\nSET lock_timeout = '5s';\\nDROP INDEX CONCURRENTLY IF EXISTS i;
            """)
    void noTransactionRulesFireAndTheirNearMissDoesNot(String code, String fires, String nearMiss) throws IOException {
        assertThat(lint(fires.replace("\\n", "\n"), ONLINE)).extracting(f -> f.rule().code()).contains(code);
        assertThat(lint(nearMiss.replace("\\n", "\n"), ONLINE)).extracting(f -> f.rule().code()).doesNotContain(code);
    }

    private static final LintSettings HYGIENE = LintSettings.parse(java.util.Arrays.stream(Rule.values()).filter(Rule::hygiene)
            .collect(java.util.stream.Collectors.toMap(Rule::code, r -> "warning")), "test");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GW132 | CREATE TABLE trip (id integer PRIMARY KEY, title text);                     | CREATE TABLE trip (id bigint PRIMARY KEY, title text);
            GW133 | CREATE TABLE trip (id bigserial PRIMARY KEY);                               | CREATE TABLE trip (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
            GW134 | CREATE TABLE trip (id bigint PRIMARY KEY, title varchar(200));              | CREATE TABLE trip (id bigint PRIMARY KEY, title text);
            GW135 | CREATE TABLE trip (id bigint PRIMARY KEY, starts timestamp);                | CREATE TABLE trip (id bigint PRIMARY KEY, starts timestamptz);
            GW136 | CREATE TABLE trip (id bigint PRIMARY KEY, code char(3));                    | CREATE TABLE trip (id bigint PRIMARY KEY, code text);
            GW137 | CREATE TABLE trip (id bigint PRIMARY KEY, extra json);                      | CREATE TABLE trip (id bigint PRIMARY KEY, extra jsonb);
            GW138 | CREATE TABLE trip_with_a_name_far_far_longer_than_postgresql_keeps_of_it_at_all_anyway (id bigint PRIMARY KEY); | CREATE TABLE trip (id bigint PRIMARY KEY);
            GW139 | CREATE INDEX a ON trip (title); CREATE INDEX b ON trip (title);             | CREATE INDEX a ON trip (title); CREATE INDEX b ON trip (title, starts);
            """)
    void hygieneRulesAreOffByDefaultAndFireWhenTurnedOn(String code, String fires, String nearMiss) throws IOException {
        Path file = Files.writeString(dir.resolve("V9__m.sql"), fires);
        MigrationScript script = new MigrationScript(ScriptKind.VERSIONED, Version.parse("9"), "m", file);
        assertThat(new Linter(POSTGRES, ONLINE).lint(script)).extracting(f -> f.rule().code()).as("off by default").doesNotContain(code);
        assertThat(new Linter(POSTGRES, ONLINE, HYGIENE).lint(script)).extracting(f -> f.rule().code()).contains(code);
        Files.writeString(file, nearMiss);
        assertThat(new Linter(POSTGRES, ONLINE, HYGIENE).lint(script)).extracting(f -> f.rule().code()).doesNotContain(code);
    }

    @Test
    void anIgnoreCommentSilencesItsStatementOnlyAndAStaleOneIsWarned() throws IOException {
        String sql = "-- godwit:ignore GW104 the table has 40 rows\nALTER TABLE trip ALTER COLUMN nights TYPE bigint;\n"
                + "ALTER TABLE invoice ALTER COLUMN total TYPE bigint;\n"
                + "-- godwit:ignore drop-not-null the column was never read\nALTER TABLE trip ALTER COLUMN title TYPE text;\n";
        assertThat(lint(sql, ONLINE)).extracting(f -> f.rule().code() + ":" + f.line()).containsExactly("GW104:3", "GW124:4", "GW104:5");
    }

    @Test
    void theProjectsLevelsTurnARuleOffOrChangeItsSeverity() throws IOException {
        Path file = Files.writeString(dir.resolve("V9__m.sql"), "CREATE INDEX trip_title_idx ON trip (title);\nALTER TABLE trip ALTER COLUMN title DROP NOT NULL;\n");
        MigrationScript script = new MigrationScript(ScriptKind.VERSIONED, Version.parse("9"), "m", file);
        LintSettings settings = LintSettings.parse(java.util.Map.of("GW106", "off", "drop-not-null", "error"), "godwit.properties");
        assertThat(new Linter(POSTGRES, ONLINE, settings).lint(script)).extracting(f -> f.rule().code() + " " + f.severity())
                .containsExactly("GW121 ERROR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LintSettings.parse(java.util.Map.of("GW999", "off"), "godwit.properties"))
                .hasMessageContaining("lint.GW999 in godwit.properties names no lint rule");
    }

    @Test
    void aNoTransactionMigrationWithoutLockTimeoutIsWarned() throws IOException {
        assertThat(lint("-- godwit:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON trip (title);\n", ONLINE))
                .extracting(f -> f.rule().code()).containsExactly("GW109");
        assertThat(lint("-- godwit:no-transaction\nSET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON trip (title);\n", ONLINE)).isEmpty();
        // As godwit writes them: the half-built index of a failed attempt is dropped before the build, so a retry runs.
        assertThat(lint("-- godwit:no-transaction\nSET lock_timeout = '5s';\nDROP INDEX CONCURRENTLY IF EXISTS i;\nCREATE INDEX CONCURRENTLY i ON trip (title);\n", ONLINE)).isEmpty();
    }

    @Test
    void agreedDataLossIsAWarningAndTheFindingSaysWhere() throws IOException {
        List<Finding> findings = lint("-- godwit:allow data-loss\n\nALTER TABLE trip DROP COLUMN legacy;\n", ONLINE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.render()).isEqualTo("V9__m.sql:3: warning GW102 drop-column: drops column trip.legacy and its values");
            assertThat(f.fix()).isNotBlank();
        });
    }

    @Test
    void aRebuildIsNotADrop() throws IOException {
        assertThat(lint("CREATE TABLE godwit_new_trip (id INTEGER);\nINSERT INTO godwit_new_trip SELECT id FROM trip;\n"
                + "DROP TABLE trip;\nALTER TABLE godwit_new_trip RENAME TO trip;\n", REBUILDS)).isEmpty();
    }

    @Test
    void textInsideStringsAndQuotedNamesFiresNothing() throws IOException {
        assertThat(lint("INSERT INTO notes (body) VALUES ('DROP TABLE trip; DELETE FROM trip');\n"
                + "ALTER TABLE trip ADD COLUMN \"drop\" text;\n", ONLINE)).isEmpty();
    }

    @Test
    void onlineRulesNeedTheCapability() throws IOException {
        assertThat(lint("CREATE INDEX i ON trip (title);\nALTER TABLE trip ALTER COLUMN title SET NOT NULL;\n", Capabilities.NONE)).isEmpty();
    }
}
