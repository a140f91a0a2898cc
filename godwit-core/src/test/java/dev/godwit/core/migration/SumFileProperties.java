package dev.godwit.core.migration;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.migration.LocalMigrations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SumFileProperties {

    @TempDir
    Path dir;

    @Property(tries = 60)
    void anEditAnAdditionAndARemovalAreEachReportedByName(@ForAll("versions") Set<Integer> versions, @ForAll @IntRange(min = 0, max = 2) int change) throws IOException {
        Path folder = Files.createTempDirectory("sum");
        try {
            for (int v : versions) {
                Files.writeString(folder.resolve("V" + v + "__m" + v + ".sql"), "SELECT " + v + ";\n");
            }
            Godwit.hash(folder);
            assertThat(LocalMigrations.load(folder).sumDifferences()).isEmpty();

            int first = versions.iterator().next();
            String name = "V" + first + "__m" + first + ".sql";
            String expected;
            switch (change) {
                case 0 -> {
                    Files.writeString(folder.resolve(name), "SELECT 'edited';\n");
                    expected = name + " was edited since `godwit hash`";
                }
                case 1 -> {
                    name = "V" + (java.util.Collections.max(versions) + 1) + "__new.sql";
                    Files.writeString(folder.resolve(name), "SELECT 0;\n");
                    expected = name + " was added without `godwit hash`";
                }
                default -> {
                    Files.delete(folder.resolve(name));
                    expected = name + " is listed in godwit.sum but the file is gone";
                }
            }
            assertThat(LocalMigrations.load(folder).sumDifferences()).singleElement().satisfies(d -> assertThat(d).startsWith(expected));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Set<Integer>> versions() {
        return Arbitraries.integers().between(1, 500).set().ofMinSize(1).ofMaxSize(12).map(TreeSet::new);
    }

    @Test
    void twoBranchesThatEachAddAMigrationConflictOnTheFirstLine() throws IOException {
        Files.writeString(dir.resolve("V1__base.sql"), "SELECT 1;\n");
        String base = Godwit.hash(dir).render();
        Files.writeString(dir.resolve("V2__mine.sql"), "SELECT 2;\n");
        String mine = Godwit.hash(dir).render();
        Files.delete(dir.resolve("V2__mine.sql"));
        Files.writeString(dir.resolve("V2__theirs.sql"), "SELECT 'two';\n");
        String theirs = Godwit.hash(dir).render();

        assertThat(base.lines().findFirst()).isNotEqualTo(mine.lines().findFirst());
        assertThat(mine.lines().findFirst()).isNotEqualTo(theirs.lines().findFirst());
        assertThat(mine.lines().skip(1).toList()).isNotEqualTo(theirs.lines().skip(1).toList());
    }

    @Test
    void aMergeConflictInTheSumFileIsExplained() throws IOException {
        Files.writeString(dir.resolve("godwit.sum"), "<<<<<<< HEAD\nsha256:aa\n=======\nsha256:bb\n>>>>>>> feature\n");
        assertThatThrownBy(() -> SumFile.read(dir)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().summary()).contains("has a merge conflict (line 1)");
            assertThat(e.problem().next()).contains("next free version").contains("godwit hash");
        });
    }

    @Test
    void aHandEditedSumFileIsRefused() throws IOException {
        Files.writeString(dir.resolve("V1__base.sql"), "SELECT 1;\n");
        String text = Godwit.hash(dir).render();
        Files.writeString(dir.resolve("godwit.sum"), text.replaceFirst("sha256:[0-9a-f]{64}\\n", "sha256:" + "0".repeat(64) + "\n"));
        assertThatThrownBy(() -> SumFile.read(dir)).isInstanceOfSatisfying(GodwitException.class, e ->
                assertThat(e.problem().summary()).contains("was edited by hand"));
        Files.writeString(dir.resolve("godwit.sum"), "garbage\n");
        assertThatThrownBy(() -> SumFile.read(dir)).isInstanceOfSatisfying(GodwitException.class, e ->
                assertThat(e.problem().summary()).contains("line 1 is not of the form"));
    }

    @Test
    void migrationsWithoutASumFileMustBeHashed() throws IOException {
        Files.writeString(dir.resolve("V1__base.sql"), "SELECT 1;\n");
        assertThatThrownBy(() -> LocalMigrations.load(dir).requireSumMatches()).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().summary()).contains("have no godwit.sum");
            assertThat(e.problem().next()).contains("godwit hash");
        });
    }
}
