package dev.godwit.core.runner;

import java.nio.file.Files;
import java.io.IOException;
import dev.godwit.core.migration.MigrationDirectory;
import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.history.HistoryTable;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.status.MigrationStatus;
import dev.godwit.core.status.StatusReport;
import dev.godwit.core.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every dialect's runner must do, run against a real database of that dialect by a
 * subclass in the dialect's module.
 */
public abstract class RunnerContract {

    @TempDir
    protected Path folder;

    protected Project project;

    /** A new, empty database for one test. */
    protected abstract Project newProject(Path folder);

    /** A connection with full rights to the test's database, for checking what godwit did. */
    protected abstract Connection inspect() throws SQLException;

    @BeforeEach
    void setUpProject() throws Exception {
        project = newProject(folder);
    }

    @Test
    void appliesInVersionOrderAndASecondRunIsANoOp() throws Exception {
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100));\n");
        project.add("V2__seed.sql", "INSERT INTO trip (id, title) VALUES (1, 'Naxos');\nINSERT INTO trip (id, title) VALUES (2, 'Paros');\n");
        project.add("V10__add_price.sql", "ALTER TABLE trip ADD COLUMN price DECIMAL(10, 2);\nUPDATE trip SET price = 10 WHERE id = 1;\n");
        project.add("V1_1__add_destination.sql", "ALTER TABLE trip ADD COLUMN destination VARCHAR(100);\n");

        MigrateResult first = project.godwit().migrate(MigrateOptions.DEFAULT);

        assertThat(first.applied()).extracting(m -> m.version().toString()).containsExactly("1", "1.1", "2", "10");
        assertThat(first.before()).isEmpty();
        assertThat(first.after()).contains(Version.parse("10"));
        assertThat(count("SELECT count(*) FROM trip WHERE price = 10")).isEqualTo(1);

        MigrateResult second = project.godwit().migrate(MigrateOptions.DEFAULT);
        assertThat(second.applied()).isEmpty();
        assertThat(second.after()).contains(Version.parse("10"));
        assertThat(history()).hasSize(4).allMatch(r -> r.kind() == HistoryKind.APPLY && r.success());
    }

    /** Flyway's repeatable migrations: after the versioned ones, whenever the file changed, once. */
    @Test
    void aRepeatableMigrationRunsAfterTheVersionedOnesAndAgainOnlyWhenItChanges() throws Exception {
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100));\n");
        project.add("R__trip_titles.sql", "DROP VIEW IF EXISTS trip_titles;\nCREATE VIEW trip_titles AS SELECT title FROM trip;\n");
        project.add("R__a_counts.sql", "CREATE TABLE IF NOT EXISTS runs (n INTEGER);\nINSERT INTO runs VALUES (1);\n");

        MigrateResult first = project.godwit().migrate(MigrateOptions.DEFAULT);
        assertThat(first.applied()).extracting(MigrationScript::fileName)
                .as("versioned first, then the repeatable ones by description").containsExactly("V1__create_trip.sql", "R__a_counts.sql", "R__trip_titles.sql");
        assertThat(first.after()).contains(Version.parse("1"));
        assertThat(project.godwit().status().repeatable()).extracting(r -> r.script().fileName() + " " + r.state().code())
                .containsExactly("R__a_counts.sql applied", "R__trip_titles.sql applied");

        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).as("unchanged: skipped").isEmpty();

        project.add("R__trip_titles.sql", "DROP VIEW IF EXISTS trip_titles;\nCREATE VIEW trip_titles AS SELECT id, title FROM trip;\n");
        assertThat(project.godwit().status().repeatable()).extracting(r -> r.state().code()).containsExactly("applied", "outdated");
        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).extracting(MigrationScript::fileName)
                .containsExactly("R__trip_titles.sql");
        assertThat(count("SELECT count(*) FROM trip_titles")).isZero();
        assertThat(count("SELECT count(*) FROM runs")).as("the unchanged one did not run again").isEqualTo(1);
        assertThat(history()).filteredOn(r -> "R__trip_titles.sql".equals(r.script())).hasSize(2).allMatch(r -> r.version() == null && r.success());

        // A failing one is rolled back, reported like any migration, and stays outdated.
        project.add("R__trip_titles.sql", "DROP VIEW IF EXISTS trip_titles;\nINSERT INTO no_such_table VALUES (1);\n");
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOf(GodwitException.class)
                .hasMessageContaining("R__trip_titles.sql");
        assertThat(count("SELECT count(*) FROM trip_titles")).as("the view of the previous run is still there").isZero();
        assertThat(project.godwit().status().repeatable()).extracting(r -> r.state().code()).containsExactly("applied", "outdated");
    }

    /** Flyway's SQL callbacks, by their names, around migrate and each migration; not in history, covered by godwit.sum. */
    @Test
    void callbacksRunAroundMigrateAndEachMigrationAndAfterAnError() throws Exception {
        project.add("beforeMigrate.sql", "CREATE TABLE IF NOT EXISTS log (event VARCHAR(100));\nINSERT INTO log VALUES ('before');\n");
        project.add("beforeEachMigrate.sql", "INSERT INTO log VALUES ('each before');\n");
        project.add("afterEachMigrate.sql", "INSERT INTO log VALUES ('each after');\n");
        project.add("afterMigrate__notes.sql", "INSERT INTO log VALUES ('after');\n");
        project.add("afterMigrateError.sql", "INSERT INTO log VALUES ('error');\n");
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.add("V2__seed.sql", "INSERT INTO trip VALUES (1);\n");

        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).hasSize(2);
        assertThat(events()).containsExactly("before", "each before", "each after", "each before", "each after", "after");
        assertThat(history()).as("callbacks are not migrations").hasSize(2);

        project.add("V3__broken.sql", "INSERT INTO no_such_table VALUES (1);\n");
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOf(GodwitException.class);
        assertThat(events()).as("the failed migration's own callbacks rolled back with it; afterMigrateError ran")
                .containsExactly("before", "each before", "each after", "each before", "each after", "after", "before", "error");

        Path other = writeBeside("beforeClean.sql");
        assertThatThrownBy(() -> MigrationDirectory.scan(other)).isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().details())
                .anySatisfy(d -> assertThat(d).contains("godwit runs the callbacks beforeMigrate, beforeEachMigrate, afterEachMigrate, afterMigrate, afterMigrateError")));
    }

    private Path writeBeside(String name) throws IOException {
        Path other = Files.createDirectories(folder.resolve("other"));
        Files.writeString(other.resolve(name), "SELECT 1;\n");
        return other;
    }

    private List<String> events() throws SQLException {
        List<String> events = new ArrayList<>();
        try (Connection c = inspect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT event FROM log")) {
            while (rs.next()) {
                events.add(rs.getString(1));
            }
        }
        return events;
    }

    @Test
    void historyKeepsTheScriptItsChecksumAndTheSqlThatRan() throws Exception {
        String sql = "-- the trips\r\nCREATE TABLE trip (id INTEGER PRIMARY KEY);\r\n";
        project.add("V1__create_trip.sql", sql);
        project.godwit().migrate(MigrateOptions.DEFAULT);

        HistoryRow row = history().get(0);
        assertThat(row.script()).isEqualTo("V1__create_trip.sql");
        assertThat(row.description()).isEqualTo("create trip");
        assertThat(row.checksum()).isEqualTo(dev.godwit.core.migration.Checksum.of(sql.replace("\r\n", "\n")));
        assertThat(row.appliedBy()).contains("@").doesNotContain("password");
        try (Connection c = inspect()) {
            assertThat(new HistoryTable(dialect(), HistoryTable.DEFAULT_NAME).storedSql(c, row.rank()))
                    .isEqualTo(sql.replace("\r\n", "\n"));
        }
    }

    @Test
    void aMigrationWhoseThirdStatementFailsLeavesNoTraceAndNamesTheStatement() throws Exception {
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.add("V2__broken.sql", """
                CREATE TABLE invoice (id INTEGER PRIMARY KEY);
                INSERT INTO trip (id) VALUES (7);

                -- the typo
                INSERT INTO no_such_table (id) VALUES (1);
                """);

        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    Problem p = e.problem();
                    assertThat(p.summary()).isEqualTo("migration V2__broken.sql failed at statement 3 (line 5)");
                    assertThat(p.details()).anySatisfy(d -> assertThat(d).startsWith("database said:").contains("no_such_table"));
                    assertThat(p.details()).contains("nothing was applied: the transaction was rolled back");
                    assertThat(p.kind().exitCode()).isEqualTo(1);
                });

        assertThat(tableExists("invoice")).isFalse();
        assertThat(count("SELECT count(*) FROM trip")).isZero();
        assertThat(history()).extracting(r -> r.version().toString()).containsExactly("1");
        assertThat(project.godwit().status().current()).contains(Version.parse("1"));
    }

    @Test
    void aFailedNoTransactionMigrationStaysVisiblyFailedUntilRetried() throws Exception {
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.add("V2__outside.sql", """
                -- godwit:no-transaction
                CREATE TABLE tag (name VARCHAR(20));
                INSERT INTO missing_table VALUES (1);
                """);

        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().summary()).isEqualTo("migration V2__outside.sql failed at statement 2 (line 3)");
                    assertThat(e.problem().details()).anySatisfy(d -> assertThat(d).contains("statements 1 to 1 ran and stay"));
                    assertThat(e.problem().next()).contains("--retry-failed");
                });
        assertThat(tableExists("tag")).isTrue();

        StatusReport status = project.godwit().status();
        MigrationStatus failed = status.migrations().get(1);
        assertThat(failed.state()).isEqualTo(MigrationState.FAILED);
        assertThat(failed.detail()).contains("statement 2 (line 3)").contains("missing_table");
        assertThat(status.blocksMigrate()).isTrue();
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).contains("V2 (outside) failed"));

        project.add("V2__outside.sql", "-- godwit:no-transaction\nCREATE TABLE IF NOT EXISTS tag (name VARCHAR(20));\n");
        MigrateResult retried = project.godwit().migrate(new MigrateOptions(null, false, false, true));
        assertThat(retried.applied()).extracting(MigrationScript::fileName).containsExactly("V2__outside.sql");
        assertThat(project.godwit().status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        assertThat(history()).extracting(HistoryRow::kind).containsExactly(
                HistoryKind.APPLY, HistoryKind.START, HistoryKind.PROGRESS, HistoryKind.APPLY,
                HistoryKind.START, HistoryKind.PROGRESS, HistoryKind.APPLY);
    }

    @Test
    void anEditedAppliedMigrationStopsMigrateWithBothChecksums() throws Exception {
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(10));\n");
        project.add("V2__more.sql", "CREATE TABLE more (id INTEGER);\n");

        StatusReport status = project.godwit().status();
        assertThat(status.migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.CHANGED, MigrationState.PENDING);
        assertThat(status.problems()).singleElement().satisfies(p -> assertThat(p.summary())
                .startsWith("V1 (create trip) was applied with checksum ").contains("but V1__create_trip.sql has checksum"));
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).contains("V1 (create trip) was applied with checksum"));
        assertThat(tableExists("more")).isFalse();
    }

    @Test
    void aDeletedAppliedMigrationIsReportedMissing() throws Exception {
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.add("V2__add_tag.sql", "CREATE TABLE tag (id INTEGER);\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.delete("V2__add_tag.sql");
        project.hash();

        StatusReport status = project.godwit().status();
        assertThat(status.migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED, MigrationState.MISSING);
        assertThat(status.current()).contains(Version.parse("2"));
        assertThat(project.godwit().validate()).singleElement().satisfies(p -> {
            assertThat(p.summary()).contains("history records V2 (add tag)").contains("no file has version 2");
            assertThat(p.next()).contains("restore V2__add_tag.sql");
        });
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOf(GodwitException.class);
    }

    @Test
    void aFileAddedWithoutHashIsReportedByName() throws Exception {
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.write("V2__sneaky.sql", "DROP TABLE trip;\n");

        assertThat(project.godwit().validate()).singleElement().satisfies(p ->
                assertThat(p.details()).containsExactly("V2__sneaky.sql was added without `godwit hash`"));
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().summary()).isEqualTo("godwit.sum does not match the migration files");
                    assertThat(e.problem().details()).containsExactly("V2__sneaky.sql was added without `godwit hash`");
                    assertThat(e.problem().next()).contains("godwit hash");
                });
        assertThat(tableExists("trip")).isFalse();
    }

    @Test
    void anOlderPendingMigrationIsOutOfOrderUntilAllowed() throws Exception {
        project.add("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        project.add("V3__c.sql", "CREATE TABLE c (id INTEGER);\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.add("V2__b.sql", "CREATE TABLE b (id INTEGER);\n");

        assertThat(project.godwit().status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.OUT_OF_ORDER, MigrationState.APPLIED);
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().next()).contains("--out-of-order"));

        MigrateResult result = project.godwit().migrate(new MigrateOptions(null, false, true, false));
        assertThat(result.applied()).extracting(MigrationScript::fileName).containsExactly("V2__b.sql");
        assertThat(tableExists("b")).isTrue();
    }

    @Test
    void targetAndDryRun() throws Exception {
        project.add("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        project.add("V2__b.sql", "CREATE TABLE b (id INTEGER);\n");
        project.add("V3__c.sql", "CREATE TABLE c (id INTEGER);\n");

        MigrateResult dry = project.godwit().migrate(new MigrateOptions(null, true, false, false));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.applied()).hasSize(3);
        assertThat(tableExists("a")).isFalse();
        assertThat(tableExists(HistoryTable.DEFAULT_NAME)).isFalse();

        MigrateResult toTwo = project.godwit().migrate(new MigrateOptions(Version.parse("2"), false, false, false));
        assertThat(toTwo.applied()).extracting(m -> m.version().toString()).containsExactly("1", "2");
        assertThat(tableExists("c")).isFalse();
        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).hasSize(1);
    }

    @Test
    void undoRunsTheUndoFileAndAppendsARow() throws Exception {
        project.add("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        project.add("V2__b.sql", "CREATE TABLE b (id INTEGER);\n");
        project.add("U2__b.sql", "DROP TABLE b;\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);

        MigrationScript undone = project.godwit().undo();

        assertThat(undone.fileName()).isEqualTo("U2__b.sql");
        assertThat(tableExists("b")).isFalse();
        StatusReport status = project.godwit().status();
        assertThat(status.current()).contains(Version.parse("1"));
        assertThat(status.migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        assertThat(history()).extracting(HistoryRow::kind).containsExactly(HistoryKind.APPLY, HistoryKind.APPLY, HistoryKind.UNDO);

        assertThatThrownBy(() -> project.godwit().undo())
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).isEqualTo("V1 (a) has no undo file"));
        project.godwit().migrate(MigrateOptions.DEFAULT);
        assertThat(tableExists("b")).isTrue();
    }

    @Test
    void aDatabaseWithTablesButNoHistoryIsRefusedAndBaselineAdoptsIt() throws Exception {
        try (Connection c = inspect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE legacy (id INTEGER)");
        }
        project.add("V1__legacy.sql", "CREATE TABLE legacy (id INTEGER);\n");
        project.add("V2__more.sql", "CREATE TABLE more (id INTEGER);\n");

        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().summary()).contains("already holds 1 table(s) (legacy) but no godwit history");
                    assertThat(e.problem().next()).contains("godwit baseline --version");
                });
        assertThat(project.godwit().status().blocksMigrate()).isTrue();

        project.godwit().baseline(Version.parse("1"));
        assertThat(project.godwit().status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.BASELINE, MigrationState.PENDING);
        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).extracting(MigrationScript::fileName).containsExactly("V2__more.sql");
        assertThatThrownBy(() -> project.godwit().baseline(Version.parse("2")))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).contains("already has godwit history"));
    }

    @Test
    void historyIsAppendOnly() throws Exception {
        project.add("V1__a.sql", "CREATE TABLE a (id INTEGER);\n");
        project.add("U1__a.sql", "DROP TABLE a;\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        List<HistoryRow> before = history();
        project.godwit().undo();
        project.godwit().migrate(MigrateOptions.DEFAULT);

        List<HistoryRow> after = history();
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after).extracting(HistoryRow::rank).containsExactly(1, 2, 3);
    }

    @Test
    void concurrentRunsApplyEachMigrationOnce() throws Exception {
        for (int i = 1; i <= 5; i++) {
            project.add("V" + i + "__t" + i + ".sql", "CREATE TABLE t" + i + " (id INTEGER);\nINSERT INTO t" + i + " VALUES (" + i + ");\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MigrateResult>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> project.godwit().migrate(MigrateOptions.DEFAULT)));
            }
            int applied = 0;
            for (Future<MigrateResult> run : runs) {
                applied += run.get().applied().size();
            }
            assertThat(applied).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history()).hasSize(5).extracting(r -> r.version().toString()).doesNotHaveDuplicates();
        for (int i = 1; i <= 5; i++) {
            assertThat(count("SELECT count(*) FROM t" + i)).isEqualTo(1);
        }
    }

    @Test
    void aHandWrittenDropWithoutConsentIsStoppedByLint() throws Exception {
        project.add("V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, legacy VARCHAR(10));\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.add("V2__cleanup.sql", "-- cleanup\nALTER TABLE trip DROP COLUMN legacy;\n");

        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().summary()).isEqualTo("lint found 1 error(s) in pending migrations");
                    assertThat(e.problem().details()).contains("V2__cleanup.sql:2: error GW102 drop-column: drops column trip.legacy and its values");
                    assertThat(e.problem().next()).contains("--skip-lint");
                });
        assertThat(history()).hasSize(1);

        project.add("V2__cleanup.sql", "-- godwit:allow data-loss\nALTER TABLE trip DROP COLUMN legacy;\n");
        List<String> warnings = new ArrayList<>();
        MigrateResult agreed = project.godwit(new RunListener() {
            @Override
            public void warning(String text) {
                warnings.add(text);
            }
        }).migrate(MigrateOptions.DEFAULT);
        assertThat(agreed.applied()).hasSize(1);
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("warning GW102"));
    }

    @Test
    void skipLintAppliesAnyway() throws Exception {
        project.add("V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\nDELETE FROM trip;\n");
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOf(GodwitException.class);
        assertThat(project.godwit().migrate(new MigrateOptions(null, false, false, false, true)).applied()).hasSize(1);
    }

    @Test
    void anEmptyMigrationIsRefused() throws Exception {
        project.add("V1__nothing.sql", "-- to be written\n\n");
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).isEqualTo("V1__nothing.sql has no SQL statement"));
    }

    protected Dialect dialect() {
        return Dialects.resolve(null, project.connection().url());
    }

    protected List<HistoryRow> history() throws SQLException {
        try (Connection c = inspect()) {
            return new HistoryTable(dialect(), HistoryTable.DEFAULT_NAME).read(c, 0);
        }
    }

    protected boolean tableExists(String table) throws SQLException {
        try (Connection c = inspect()) {
            return dialect().tableExists(c, table);
        }
    }

    protected long count(String sql) throws SQLException {
        try (Connection c = inspect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
