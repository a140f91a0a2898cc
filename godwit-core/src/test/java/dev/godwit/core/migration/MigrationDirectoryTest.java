package dev.godwit.core.migration;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationDirectoryTest {

    @TempDir
    Path dir;

    private void touch(String name) throws IOException {
        Files.writeString(dir.resolve(name), "SELECT 1;\n");
    }

    @Test
    void readsVersionedAndUndoFilesInNumericOrder() throws IOException {
        for (String name : new String[] {"V10__ten.sql", "V2__add_facture_pdf.sql", "V1_1__one_one.sql", "U2__add_facture_pdf.sql",
                "godwit.sum", "README.md", ".gitkeep"}) {
            touch(name);
        }
        Migrations migrations = MigrationDirectory.scan(dir);
        assertThat(migrations.versioned()).extracting(MigrationScript::fileName)
                .containsExactly("V1_1__one_one.sql", "V2__add_facture_pdf.sql", "V10__ten.sql");
        assertThat(migrations.versioned().get(1).description()).isEqualTo("add facture pdf");
        assertThat(migrations.undoOf(Version.parse("2"))).map(MigrationScript::fileName).contains("U2__add_facture_pdf.sql");
        assertThat(migrations.allScripts()).extracting(MigrationScript::fileName)
                .containsExactly("V1_1__one_one.sql", "V2__add_facture_pdf.sql", "U2__add_facture_pdf.sql", "V10__ten.sql");
    }

    @Test
    void twoFilesWithOneVersionAreNamedTogether() throws IOException {
        touch("V1__create_trip.sql");
        touch("V01.0__also_one.sql");
        assertThatThrownBy(() -> MigrationDirectory.scan(dir)).isInstanceOfSatisfying(GodwitException.class, e ->
                assertThat(e.problem().summary()).contains("two migrations have version 1").contains("V1__create_trip.sql").contains("V01.0__also_one.sql"));
    }

    @Test
    void repeatableMigrationsAreReadInDescriptionOrderAndCoveredByTheSum() throws IOException {
        touch("V1__create_trip.sql");
        touch("R__views.sql");
        touch("R__a_functions.sql");
        Migrations migrations = MigrationDirectory.scan(dir);
        assertThat(migrations.repeatable()).extracting(MigrationScript::fileName).containsExactly("R__a_functions.sql", "R__views.sql");
        assertThat(migrations.repeatable()).allMatch(m -> m.version() == null && m.isRepeatable());
        assertThat(migrations.allScripts()).extracting(MigrationScript::fileName)
                .containsExactly("V1__create_trip.sql", "R__a_functions.sql", "R__views.sql");
    }

    @Test
    void unknownFilesAreErrorsNamingTheFile() throws IOException {
        assertRefused("notes.txt", "a migration is named V<version>__<description>.sql");
        assertRefused("R__views.txt", "a repeatable migration is named R__<description>.sql");
        assertRefused("R__.sql", "a repeatable migration is named R__<description>.sql");
        assertRefused("beforeClean.sql", "godwit runs the callbacks beforeMigrate, beforeEachMigrate, afterEachMigrate, afterMigrate, afterMigrateError");
        assertRefused("Vabc__x.sql", "'abc' is not a version");
        assertRefused("V1_create.sql", "a migration is named");
        assertRefused("v1__lower.sql", "a migration is named");
    }

    /** Found without a stat per file: by the name that does not parse, or by the read of one that does. */
    @Test
    void aFolderAmongTheMigrationsIsNamedAsAFolder() throws IOException {
        touch("V1__first.sql");
        for (String name : new String[]{"archive", "V2__looks_like_a_migration.sql"}) {
            Path folder = Files.createDirectory(dir.resolve(name));
            try {
                assertThatThrownBy(() -> LocalMigrations.load(dir)).as(name).isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(dev.godwit.core.problem.ProblemCode.UNEXPECTED_FILE);
                    assertThat(e.problem().summary()).contains(name);
                    assertThat(e.problem().details()).containsExactly("it is a folder: godwit reads migrations from one flat directory");
                });
            } finally {
                Files.delete(folder);
            }
        }
    }

    @Test
    void anUndoFileWithoutItsMigrationIsKeptForRecoverButRefusedWhereNoHistoryIsRead() throws IOException {
        touch("U3__orphan.sql");
        Migrations migrations = MigrationDirectory.scan(dir);
        assertThat(migrations.orphanUndo()).extracting(MigrationScript::fileName).containsExactly("U3__orphan.sql");
        assertThatThrownBy(migrations::requireNoOrphanUndo).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(dev.godwit.core.problem.ProblemCode.ORPHAN_UNDO);
            assertThat(e.problem().summary()).isEqualTo("undo file U3__orphan.sql has no versioned migration V3");
            assertThat(e.problem().next()).contains("godwit recover 3");
        });
    }

    @Test
    void aMissingDirectoryIsAConfigurationError() {
        assertThatThrownBy(() -> MigrationDirectory.scan(dir.resolve("nope"))).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().kind()).isEqualTo(Problem.Kind.CONFIGURATION);
            assertThat(e.problem().summary()).contains("does not exist");
            assertThat(e.problem().next()).contains("godwit init");
        });
    }

    private void assertRefused(String name, String why) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "SELECT 1;");
        try {
            assertThatThrownBy(() -> MigrationDirectory.scan(dir)).as(name).isInstanceOfSatisfying(GodwitException.class, e -> {
                assertThat(e.problem().summary()).contains(name);
                assertThat(e.problem().details()).anySatisfy(d -> assertThat(d).contains(why));
            });
        } finally {
            Files.delete(file);
        }
    }
}
