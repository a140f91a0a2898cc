package dev.godwit.cli;

import dev.godwit.core.config.ConfigResolver;
import dev.godwit.core.problem.GodwitException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user types or writes — {@code godwit.properties}, {@code DATABASE_URL} and the command
 * line — fed arbitrary and near-valid input, with every dialect on the class path: each is
 * accepted or answered with godwit's problem, never another exception, and never with the password.
 */
class CommandLineFuzzProperties {

    private static final String SECRET = "Zq9-s3cr3t";

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("godwit-cli-fuzz");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void godwitPropertiesIsReadOrRefusedByName(@ForAll("propertiesFiles") String text) throws IOException {
        Path project = Files.createTempDirectory(folder, "props");
        Files.writeString(project.resolve("godwit.properties"), text, StandardCharsets.UTF_8);
        try {
            new ConfigResolver(project, Map.of()).resolve(Map.of(), null);
        } catch (GodwitException e) {
            assertThat(e.problem().code()).isNotNull();
            assertThat(e.problem().render()).doesNotContain(SECRET);
        }
    }

    @Property(tries = 300)
    void databaseUrlsAreTranslatedOrRefusedWithoutThePassword(@ForAll("urls") String url) {
        try {
            new ConfigResolver(folder, Map.of("DATABASE_URL", url)).resolve(Map.of(), null);
        } catch (GodwitException e) {
            assertThat(e.problem().code()).isNotNull();
            assertThat(e.problem().render()).doesNotContain(SECRET).contains("DATABASE_URL");
        }
    }

    @Property(tries = 120)
    void anyCommandLineExitsWithADefinedCodeAndNoStackTrace(@ForAll("commandLines") List<String> args) throws IOException {
        Path project = Files.createTempDirectory(folder, "cli");
        Cli cli = Cli.run(project, Map.of("GODWIT_PASSWORD", SECRET), args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(args + "\n" + cli.all()).isBetween(0, 2);
        assertThat(cli.all()).as(args.toString()).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain(SECRET);
        if (cli.exitCode() != 0) {
            assertThat(cli.err() + cli.out()).as(args + "\n" + cli.all()).containsPattern("error\\[GW-E\\d{3}\\]|GW-E\\d{3}");
        }
    }

    @Provide
    Arbitrary<String> propertiesFiles() {
        Arbitrary<String> lines = Arbitraries.of("url=jdbc:sqlite:app.db", "url=postgres://u:" + SECRET + "@h:5432/db", "url=postgres://u:" + SECRET + "@:5432/db",
                "url=jdbc:oracle:x", "migrations=migrations", "lock-timeout=5s", "lock-timeout=five", "lock-retries=-1", "lock-wait=2m",
                "dialect=sqlite", "dialect=cobol", "frobnicate=1", "user=caf\\u00e9", "user=caf\\u00", "password=" + SECRET, "# comment",
                "key", "=value", "url=", "\\", "naming=jpa", "url=jdbc:postgresql://h/db", "dialect=postgresql");
        return Arbitraries.oneOf(lines.list().ofMaxSize(6).map(l -> String.join("\n", l)), Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("postgres://", "postgresql://", "jdbc:postgresql://", "jdbc:sqlite:", "mysql://", "", "postgres:/", "jdbc:");
        Arbitrary<String> user = Arbitraries.of("", "u@", "u:" + SECRET + "@", "u:%zz" + SECRET + "@", ":" + SECRET + "@", "u%41:" + SECRET + "@");
        Arbitrary<String> host = Arbitraries.of("", "db", "db:5432", "db:port", "[::1]:5432", ":5432", "db:99999", "h o s t");
        Arbitrary<String> path = Arbitraries.of("", "/", "/odyssee", "/odyssee?sslmode=require", "/a b", "?x", "/%");
        return Arbitraries.oneOf(Combinators.combine(scheme, user, host, path).as((s, u, h, p) -> s + u + h + p), Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> command = Arbitraries.of("status", "migrate", "validate", "new", "hash", "init", "lint", "undo", "recover", "baseline",
                "migrat", "--version", "--help", "help", "");
        Arbitrary<String> argument = Arbitraries.of("--json", "--url", "jdbc:sqlite:fuzz.db", "jdbc:oracle:x", "postgres://u:" + SECRET + "@:1/db",
                "jdbc:postgresql://127.0.0.1:1/db", "--target", "1", "1.x", "--dry-run", "--migrations", "nowhere", "--config", "none.properties",
                "--dialect", "sqlite", "postgresql", "--lock-timeout", "fast", "x", "-m", "--skip-lint", "--frobnicate", "", "--version");
        return Combinators.combine(command, argument.list().ofMaxSize(5)).as((c, rest) -> {
            List<String> all = new java.util.ArrayList<>();
            all.add(c);
            all.addAll(rest);
            return all;
        });
    }
}
