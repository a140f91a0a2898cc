package dev.godwit.cli;

import dev.godwit.core.lint.Rule;
import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table-driven suite of every lint rule through `godwit lint` on a real PostgreSQL: each case's
 * migration is the pending one of a database holding {@code lint/base.sql}; the firing one must report
 * the rule, the near miss must not, and must then apply with `godwit migrate`.
 */
class LintRulesOnPostgresTest {

    private static String base;
    private static String devUrl;
    private static String baseSql;

    @TempDir
    Path dir;

    record Case(String code, String fires, String nearMiss, boolean trace) {
        @Override
        public String toString() {
            return code + (trace ? " (trace)" : "");
        }
    }

    static List<Case> cases() {
        try (InputStream in = LintRulesOnPostgresTest.class.getResourceAsStream("/lint/rules-on-postgres.psv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|"))
                    .map(cells -> new Case(cells[0].strip(), sql(cells[1]), sql(cells[2]), cells[3].strip().equals("trace")))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sql(String cell) {
        return cell.strip().replace("\\n", "\n") + "\n";
    }

    private static Map<String, String> env() {
        return Map.of("GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD,
                // A dev user that may create databases: each trace gets a scratch database of its own.
                "GODWIT_DEV_USER", "postgres", "GODWIT_DEV_PASSWORD", "postgres");
    }

    @BeforeAll
    static void baseDatabase(@TempDir Path project) throws IOException {
        try (InputStream in = LintRulesOnPostgresTest.class.getResourceAsStream("/lint/base.sql")) {
            baseSql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        base = EmbeddedPostgresSupport.newDatabase();
        devUrl = EmbeddedPostgresSupport.newDatabase();
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/V1__base.sql"), baseSql);
        Files.writeString(project.resolve("godwit.properties"), "url=" + base + "\n");
        Cli.run(project, env(), "hash");
        Cli migrate = Cli.run(project, env(), "migrate");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
    }

    /** A project whose database holds base.sql, with {@code migration} pending and the hygiene rules on. */
    private Cli lint(Case c, String migration) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__base.sql"), baseSql);
        Files.writeString(dir.resolve("migrations/V2__case.sql"), migration);
        String hygiene = Arrays.stream(Rule.values()).filter(Rule::hygiene).map(r -> "lint." + r.code() + "=warning\n").collect(Collectors.joining());
        Files.writeString(dir.resolve("godwit.properties"), "url=" + EmbeddedPostgresSupport.newDatabaseFrom(base) + "\ndev-url=" + devUrl + "\n" + hygiene);
        assertThat(Cli.run(dir, env(), "hash").exitCode()).isZero();
        return c.trace() ? Cli.run(dir, env(), "lint", "--trace") : Cli.run(dir, env(), "lint");
    }

    private static List<String> codes(Cli lint) {
        return lint.out().lines().filter(l -> l.startsWith("V2__case.sql:")).map(l -> l.split(" ")[2]).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleFiresOnItsCaseAndNotOnTheNearMissWhichRuns(Case c) throws IOException {
        Cli fires = lint(c, c.fires());
        assertThat(codes(fires)).as(fires.all()).contains(c.code());

        Cli nearMiss = lint(c, c.nearMiss());
        assertThat(codes(nearMiss)).as(nearMiss.all()).doesNotContain(c.code());
        assertThat(nearMiss.out()).doesNotContain("failed on the dev database");
        Cli migrate = Cli.run(dir, env(), "migrate", "--skip-lint");
        assertThat(migrate.exitCode()).as("the near miss applies on PostgreSQL: " + migrate.all()).isZero();
    }

    @Test
    void everyRuleHasACaseHereAndARowInTheDocs() throws IOException {
        List<String> covered = cases().stream().map(Case::code).toList();
        String docs = Files.readString(Path.of("..", "docs", "lint.md"));
        for (Rule rule : Rule.values()) {
            assertThat(covered).as("a case for " + rule.code()).contains(rule.code());
            assertThat(docs).as("a row for " + rule.code() + " in docs/lint.md").contains("| " + rule.code() + " | " + rule.slug() + " |");
        }
        assertThat(Stream.of(Rule.values()).count()).isGreaterThanOrEqualTo(35);
    }
}
