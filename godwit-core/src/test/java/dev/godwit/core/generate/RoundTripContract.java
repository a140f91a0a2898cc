package dev.godwit.core.generate;

import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.diff.Renames;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Planner;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip of migra's test suite, on a real database of each dialect: for every fixture
 * folder {@code src/test/resources/roundtrip/<case>/} with {@code a.sql} and {@code b.sql},
 * diff(a, b) applied to a and inspected again equals b by fingerprint, a second diff is empty,
 * the SQL is the golden {@code up.sql}, and when a U file would be written, it brings b back to a.
 *
 * <p>Run with {@code -Dgodwit.golden=update} to rewrite the golden files after a deliberate change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RoundTripContract {

    private DevDatabase dev;
    private SchemaLoader loader;

    protected abstract Dialect dialect();

    /** The folder of fixture folders. */
    protected Path fixtures() {
        return Path.of("src/test/resources/roundtrip");
    }

    /** How many fixtures the folder must hold at least (so that a mistyped path cannot pass). */
    protected int minimumFixtures() {
        return 30;
    }

    /** Where the fixtures are loaded: the dialect's own dev database unless a subclass names one. */
    protected DevSettings devSettings() {
        return DevSettings.EMBEDDED;
    }

    @BeforeAll
    void startDevDatabase() {
        dev = dialect().devDatabase(devSettings());
        loader = new SchemaLoader(dialect(), dev);
    }

    @AfterAll
    void stopDevDatabase() {
        dev.close();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTrips() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(fixtures())) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("round-trip fixtures in " + fixtures().toAbsolutePath()).hasSizeGreaterThanOrEqualTo(minimumFixtures());
        assertThat(cases.stream().map(c -> fixtures().getFileName() + "/" + c.getFileName()).toList())
                .as("the folders of " + fixtures() + " are the cases roundtrip-cases.tsv lists for " + dialect().name())
                .containsExactlyInAnyOrderElementsOf(listedCases());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> roundTrip(folder)));
    }

    /**
     * The cases the shared list (roundtrip-cases.tsv) gives this dialect in this folder; every case a
     * dialect skips says why.
     */
    private List<String> listedCases() throws IOException {
        List<String> lines;
        try (java.io.InputStream in = RoundTripContract.class.getResourceAsStream("/roundtrip-cases.tsv")) {
            assertThat(in).as("roundtrip-cases.tsv in godwit-core's test resources").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int column = header.indexOf(dialect().name());
        assertThat(column).as("roundtrip-cases.tsv has a column for " + dialect().name()).isPositive();
        List<String> mine = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = List.of(line.split("\t", -1));
            assertThat(row).as("roundtrip-cases.tsv: " + line).hasSize(header.size());
            boolean skipped = row.subList(1, header.size() - 1).contains("-");
            assertThat(row.get(header.size() - 1).isBlank()).as("a skip says why: " + line).isEqualTo(!skipped);
            String folder = row.get(column);
            if (!folder.equals("-") && folder.startsWith(fixtures().getFileName() + "/")) {
                mine.add(folder);
            }
        }
        return mine;
    }

    private void roundTrip(Path folder) throws SQLException, IOException {
        try (SchemaLoader.Loaded a = loader.load(folder.resolve("a.sql")); SchemaLoader.Loaded b = loader.load(folder.resolve("b.sql"))) {
            Schema from = a.schema();
            Schema to = b.schema();
            assertThat(from.fingerprint()).as("a.sql and b.sql must differ").isNotEqualTo(to.fingerprint());

            // renames.txt, when present: the --rename flags a user would pass, one per line.
            List<String> flags = Files.exists(folder.resolve("renames.txt"))
                    ? Files.readAllLines(folder.resolve("renames.txt")).stream().map(String::strip).filter(l -> !l.isEmpty()).toList() : List.of();
            List<Renames.Candidate> renames = Renames.candidates(from, to).stream()
                    .filter(c -> flags.contains(c.flag())).toList();
            assertThat(renames).as("the renames of " + folder.resolve("renames.txt")).hasSameSizeAs(flags);
            Renames.Applied renamed = Renames.apply(from, renames);
            List<Change> changes = new java.util.ArrayList<>(renamed.changes());
            changes.addAll(Differ.diff(renamed.renamed(), to));
            Plan up = Planner.plan(changes, renamed.renamed(), to, dialect().rendering());
            String sql = MigrationText.all(up);
            golden(folder.resolve("up.sql"), sql);

            Schema after = loader.apply(a, up.statements());
            assertThat(after.canonical()).as("a + up == b\n" + sql).isEqualTo(to.canonical());
            assertThat(after.fingerprint()).isEqualTo(to.fingerprint());
            assertThat(Planner.plan(after, to, dialect().rendering()).isEmpty()).as("a second diff is empty").isTrue();

            if (up.isReversible()) {
                Renames.Applied unrenamed = Renames.apply(to, Renames.inverse(renames));
                List<Change> undo = new java.util.ArrayList<>(unrenamed.changes());
                undo.addAll(Differ.diff(unrenamed.renamed(), from));
                Plan down = Planner.plan(undo, unrenamed.renamed(), from, dialect().rendering());
                Schema back = loader.apply(a, down.statements());
                assertThat(back.canonical()).as("b + down == a\n" + MigrationText.of(List.of(), down)).isEqualTo(from.canonical());
            }
        }
    }

    private static void golden(Path file, String actual) throws IOException {
        if ("update".equals(System.getProperty("godwit.golden")) || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            assertThat(Files.exists(file)).isTrue();
            if (!"update".equals(System.getProperty("godwit.golden"))) {
                throw new AssertionError("wrote the missing golden file " + file + ": review it and run again");
            }
            return;
        }
        assertThat(actual).as("golden SQL " + file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
