package dev.godwit.core.runner;

import dev.godwit.core.generate.VersionFingerprints;
import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.history.HistoryTable;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.status.MigrationStatus;
import dev.godwit.core.status.StatusReport;
import dev.godwit.core.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When history and files disagree, godwit proves what the database is by its schema and repairs
 * only what that proof allows — on every dialect. History stays append-only throughout.
 */
public abstract class HistoryRepairContract {

    @TempDir
    protected Path folder;

    protected Project project;

    protected abstract Project newProject(Path folder);

    protected abstract Connection inspect() throws SQLException;

    /** The column type as the dialect's DDL writes it in these tests (both accept VARCHAR(n)). */
    private static final String TRIP = "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL);\n";
    private static final String FACTURE = "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255);\n";

    @BeforeEach
    void setUp() {
        project = newProject(folder);
    }

    @Test
    void migrateRecordsTheSchemaFingerprintAfterItsLastMigration() throws Exception {
        project.add("V1__trip.sql", TRIP);
        project.add("V2__facture.sql", FACTURE);
        project.godwit().migrate(MigrateOptions.DEFAULT);
        List<HistoryRow> rows = history();
        assertThat(rows.get(0).fingerprint()).as("one inspection per run: only the last row carries it").isNull();
        String live;
        try (Connection c = inspect()) {
            live = VersionFingerprints.of(dialect().inspector().inspect(c));
        }
        assertThat(rows.get(1).fingerprint()).isEqualTo(live);
    }

    @Test
    void aRegeneratedMigrationWithIdenticalSqlUnderAnotherNameIsAcceptedByRepair() throws Exception {
        project.add("V1__trip.sql", TRIP);
        project.add("V2__add_facture_pdf.sql", "-- generated on the server\n" + FACTURE);
        project.godwit().migrate(MigrateOptions.DEFAULT);
        List<HistoryRow> before = history();

        project.delete("V2__add_facture_pdf.sql");
        project.add("V2__facture_pdf.sql", "-- generated on the laptop\n" + FACTURE);
        StatusReport status = project.godwit().status();
        assertThat(status.migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED, MigrationState.CHANGED);
        assertThat(status.problems()).singleElement().satisfies(p -> assertThat(p.details())
                .anySatisfy(d -> assertThat(d).contains("the live schema is what the files produce at V2")));

        RepairResult dry = project.godwit().repair(true);
        assertThat(dry.actions()).containsExactly("V2 is applied, as V2__facture_pdf.sql (was changed)");
        assertThat(history()).hasSize(before.size());

        RepairResult repaired = project.godwit().repair(false);
        assertThat(repaired.exact()).isTrue();
        assertThat(project.godwit().status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        List<HistoryRow> after = history();
        assertThat(after.subList(0, before.size())).as("append-only").isEqualTo(before);
        assertThat(after.get(after.size() - 1)).satisfies(row -> {
            assertThat(row.kind()).isEqualTo(HistoryKind.REPAIR);
            assertThat(row.detail()).contains("the live schema").contains("is what the files produce at V2");
            assertThat(row.appliedBy()).contains("@");
        });
        assertThat(project.godwit().repair(false).actions()).isEmpty();
    }

    @Test
    void aRegeneratedMigrationWithDifferentSqlIsExplainedAndNotRepaired() throws Exception {
        project.add("V1__trip.sql", TRIP);
        project.add("V2__add_facture_pdf.sql", FACTURE);
        project.godwit().migrate(MigrateOptions.DEFAULT);
        insert("INSERT INTO trip (id, title) VALUES (1, 'Naxos')");

        project.add("V2__add_facture_pdf.sql", "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(500);\nCREATE INDEX trip_facture_pdf_idx ON trip (facture_pdf);\n");
        StatusReport status = project.godwit().status();
        assertThat(status.problems()).singleElement().satisfies(p -> assertThat(p.details()).anySatisfy(d -> assertThat(d)
                .contains("the live schema differs from what the files produce at V2")
                .containsPattern("trip\\.facture_pdf is [^;]*255[^;]* live, [^;]*500[^;]* in the files")
                .contains("index trip_facture_pdf_idx is missing live")));
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOf(GodwitException.class);

        int rows = history().size();
        RepairResult refused = project.godwit().repair(false);
        assertThat(refused.exact()).isFalse();
        assertThat(refused.reconcile().statements()).anySatisfy(sql -> assertThat(sql).contains("trip_facture_pdf_idx"));
        assertThat(refused.differences()).isNotEmpty();
        assertThat(history()).as("a refused repair writes nothing").hasSize(rows);
        assertThat(count("SELECT count(*) FROM trip")).isEqualTo(1);
    }

    @Test
    void aVersionWhoseFileIsGoneIsNeverSkippedSilently() throws Exception {
        project.add("V1__trip.sql", TRIP);
        project.add("V2__facture.sql", FACTURE);
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.delete("V2__facture.sql");
        project.add("V3__tag.sql", "CREATE TABLE tag (name VARCHAR(50));\n");

        StatusReport status = project.godwit().status();
        assertThat(status.migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.MISSING, MigrationState.PENDING);
        assertThat(status.blocksMigrate()).isTrue();
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).contains("no file has version 2"));
        assertThat(tableExists("tag")).isFalse();
        assertThat(project.godwit().repair(false).exact()).as("the live column of V2 is in no version the files produce").isFalse();
    }

    @Test
    void aFailedNoTransactionMigrationIsRepairedOnceTheDatabaseIsFixed() throws Exception {
        project.add("V1__trip.sql", TRIP);
        project.add("V2__tags.sql", "-- godwit:no-transaction\nCREATE TABLE tag (name VARCHAR(50));\nINSERT INTO missing_table VALUES (1);\n");
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOf(GodwitException.class);
        MigrationStatus failed = project.godwit().status().migrations().get(1);
        assertThat(failed.state()).isEqualTo(MigrationState.FAILED);
        assertThat(failed.detail()).contains("statement 2 (line 3)");

        // The user fixes the file for the future, and the database by hand (the table was meant to stay).
        project.add("V2__tags.sql", "-- godwit:no-transaction\nCREATE TABLE tag (name VARCHAR(50));\n");
        RepairResult repaired = project.godwit().repair(false);
        assertThat(repaired.actions()).containsExactly("V2 is applied, as V2__tags.sql (was failed)");
        assertThat(project.godwit().status().blocksMigrate()).isFalse();
        assertThat(project.godwit().status().current()).contains(Version.parse("2"));
    }

    @Test
    void historyAheadOfTheDatabaseIsCorrectedAndTheMigrationRunsAgain() throws Exception {
        project.add("V1__trip.sql", TRIP);
        project.add("V2__facture.sql", FACTURE);
        project.godwit().migrate(MigrateOptions.DEFAULT);
        // Someone restored yesterday's backup of the schema: the column is gone, history says V2.
        project.add("U2__facture.sql", "ALTER TABLE trip DROP COLUMN facture_pdf;\n");
        insert("ALTER TABLE trip DROP COLUMN facture_pdf");

        RepairResult repaired = project.godwit().repair(false);
        assertThat(repaired.actions()).as(repaired.differences().toString()).containsExactly("V2 is not applied (was applied)");
        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).extracting(m -> m.fileName()).containsExactly("V2__facture.sql");
    }

    @Test
    void recoverWritesALostFileBackFromHistory() throws Exception {
        String sql = "-- the invoices\n" + FACTURE;
        project.add("V1__trip.sql", TRIP);
        project.add("V2__facture.sql", sql);
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.delete("V2__facture.sql");

        Path file = project.godwit().recover(Version.parse("2"));

        assertThat(file.getFileName().toString()).isEqualTo("V2__facture.sql");
        assertThat(Files.readString(file)).isEqualTo(sql);
        assertThat(project.godwit().validate()).isEmpty();
    }

    @Test
    void aDatabaseBuiltByAlembicIsAdoptedWhenTheMigrationsMatchIt() throws Exception {
        insert(TRIP.strip().replace(";", ""), "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255)",
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)", "INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')");
        project.add("V1__trip.sql", TRIP);
        project.add("V2__facture.sql", FACTURE);
        project.add("V3__tag.sql", "CREATE TABLE tag (name VARCHAR(50));\n");

        Godwit.BaselineResult adopted = project.godwit().baseline(new Godwit.BaselineRequest(Optional.empty(), false));

        assertThat(adopted.version()).isEqualTo(Version.parse("2"));
        assertThat(adopted.tool()).contains("Alembic (Flask-Migrate)");
        assertThat(count("SELECT count(*) FROM alembic_version")).as("left alone").isEqualTo(1);
        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).extracting(m -> m.fileName()).containsExactly("V3__tag.sql");
        assertThat(history().get(0).fingerprint()).isNotNull();
    }

    @Test
    void aDatabaseThatMatchesNoVersionIsRefusedWithTheDifference() throws Exception {
        insert(TRIP.strip().replace(";", ""), "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)");
        project.add("V1__trip.sql", TRIP.replace("VARCHAR(200)", "VARCHAR(300)"));

        assertThatThrownBy(() -> project.godwit().baseline(new Godwit.BaselineRequest(Optional.empty(), false)))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().summary()).contains("matches no version");
                    assertThat(e.problem().details()).anySatisfy(d -> assertThat(d).contains("managed by Alembic"));
                    assertThat(e.problem().details()).anySatisfy(d -> assertThat(d).contains("trip.title"));
                });
        assertThat(tableExists(HistoryTable.DEFAULT_NAME)).isFalse();
    }

    @Test
    void baselineGenerateWritesTheFirstMigrationFromTheLiveSchema() throws Exception {
        insert(TRIP.strip().replace(";", ""), "CREATE INDEX trip_title_idx ON trip (title)");
        Godwit.BaselineResult result = project.godwit().baseline(new Godwit.BaselineRequest(Optional.empty(), true));
        assertThat(result.generated().getFileName().toString()).isEqualTo("V1__baseline.sql");
        assertThat(Files.readString(result.generated())).contains("trip_title_idx");
        StatusReport status = project.godwit().status();
        assertThat(status.blocksMigrate()).isFalse();
        assertThat(status.migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.BASELINE);
    }

    protected Dialect dialect() {
        return Dialects.resolve(null, project.connection().url());
    }

    private List<HistoryRow> history() throws SQLException {
        try (Connection c = inspect()) {
            return new HistoryTable(dialect(), HistoryTable.DEFAULT_NAME).read(c, 0);
        }
    }

    private void insert(String... statements) throws SQLException {
        try (Connection c = inspect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = inspect()) {
            return dialect().tableExists(c, table);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = inspect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
