package dev.godwit.core.migration;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.sql.SqlSyntax;
import dev.godwit.core.sql.StatementSplitter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every parser of user input that godwit-core owns, fed arbitrary and near-valid input: each either
 * succeeds or raises godwit's problem (a {@link GodwitException} with a code) — never another
 * exception, which would reach the user as "internal error".
 */
class InputFuzzProperties {

    private static final SqlSyntax POSTGRES = new SqlSyntax(true, true, true, false, false, true);
    private static final SqlSyntax SQLITE = new SqlSyntax(false, false, false, true, true, false);

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("godwit-fuzz");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 400)
    void theSplitterOfEveryDialectSplitsOrNamesTheUnterminatedConstruct(@ForAll("sqlish") String sql) {
        for (SqlSyntax syntax : new SqlSyntax[] {POSTGRES, SQLITE, SqlSyntax.STANDARD}) {
            succeedsOrProblem(() -> {
                try (StatementSplitter splitter = new StatementSplitter(new StringReader(sql), syntax, Path.of("V1__fuzz.sql"))) {
                    splitter.forEachRemaining(statement -> assertThat(statement.sql()).isNotBlank());
                }
            });
        }
    }

    @Property(tries = 300)
    void fileNamesAreMigrationsIgnoredOrRefusedByName(@ForAll("fileNames") String name) {
        succeedsOrProblem(() -> MigrationDirectory.parse(Path.of(name)));
    }

    @Property(tries = 300)
    void versionTextIsEitherAVersionOrSaidNotToBe(@ForAll("versions") String text) {
        if (Version.isVersion(text)) {
            assertThat(Version.parse(text).toString()).matches("\\d+(\\.\\d+)*");
        } else {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Version.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 200)
    void sumFilesAreReadOrRefusedAsMalformed(@ForAll("sumFiles") String text) throws IOException {
        Path directory = Files.createTempDirectory(folder, "sum");
        Files.writeString(directory.resolve(MigrationDirectory.SUM_FILE), text);
        succeedsOrProblem(() -> SumFile.read(directory));
    }

    @Property(tries = 200)
    void migrationBytesAreHashedOrRefusedAsNotUtf8(@ForAll("bytes") byte[] content) throws IOException {
        Path file = Files.createTempFile(folder, "V1__", ".sql");
        Files.write(file, content);
        succeedsOrProblem(() -> Checksum.of(file));
        succeedsOrProblem(() -> Directives.of(file));
    }

    private static void succeedsOrProblem(ThrowingRunnable work) {
        try {
            work.run();
        } catch (GodwitException e) {
            assertThat(e.problem().code()).isNotNull();
            assertThat(e.problem().summary()).isNotBlank();
        } catch (Exception | Error e) {
            throw new AssertionError("not godwit's problem: " + e, e);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Provide
    Arbitrary<String> sqlish() {
        Arbitrary<String> pieces = Arbitraries.of("SELECT", " ", "\n", "\r\n", ";", "'", "''", "\"", "`", "[", "]", "/*", "*/", "--",
                "$$", "$x$", "$", "E'", "\\", "BEGIN", "END", "CASE", "ATOMIC", "CREATE TRIGGER t", "CREATE FUNCTION f", "x", "1", "\uFEFF", "é");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(30).map(l -> String.join("", l)), Arbitraries.strings().ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> fileNames() {
        Arbitrary<String> pieces = Arbitraries.of("V", "U", "R", "v", "1", "01", ".", "_", "__", "x", ".sql", "sql", "-", " ", "README", "before", "Migrate", "é", "9999999999999999999999");
        return Arbitraries.oneOf(pieces.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)),
                Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(1).ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> versions() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789._a-").ofMaxLength(12), Arbitraries.strings().ofMaxLength(8));
    }

    @Provide
    Arbitrary<String> sumFiles() {
        String hex = "a".repeat(64);
        Arbitrary<String> lines = Arbitraries.of("sha256:" + hex, "V1__a.sql sha256:" + hex, "V1__a.sql sha256:xyz", "<<<<<<< HEAD", "=======",
                ">>>>>>> branch", "", "garbage", "V2__b.sql", " sha256:" + hex, "U1__a.sql sha256:" + hex);
        return Arbitraries.oneOf(lines.list().ofMaxSize(6).map(l -> String.join("\n", l)), Arbitraries.strings().ofMaxLength(80));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                Arbitraries.of("-- godwit:no-transaction\nSELECT 1;", "-- godwit:frobnicate\n", "--godwit:allow data-loss\n", "\r\n\r", "é")
                        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
