package dev.godwit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's lock trace of Odyssée's next migration is what `godwit diff` prints for it, on the example's own V1. */
class OdysseeTraceTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeShowsWhatDiffReallyPrints() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.copy(Path.of("..", "examples", "odyssee", "src", "main", "resources", "db", "godwit", "V1__create_odyssee.sql"),
                dir.resolve("migrations/V1__create_odyssee.sql"));
        try (InputStream schema = getClass().getResourceAsStream("/odyssee/next-schema.sql")) {
            Files.write(dir.resolve("schema.sql"), schema.readAllBytes());
        }
        Files.writeString(dir.resolve("godwit.properties"), "dialect=postgresql\nschema=schema.sql\n");
        assertThat(Cli.run(dir, "hash").exitCode()).isZero();

        Cli diff = Cli.run(dir, "diff", "nights, longer titles, invoice index");

        assertThat(diff.exitCode()).as(diff.all()).isZero();
        List<String> printed = diff.out().lines().dropWhile(l -> !l.contains("(traced on the dev database")).takeWhile(l -> !l.startsWith("next:")).toList();
        assertThat(printed).as(diff.out()).isNotEmpty().isEqualTo(readmeBlock());
    }

    private static List<String> readmeBlock() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String after = readme.substring(readme.indexOf("<!-- odyssee-trace -->"));
        int start = after.indexOf("```\n") + 4;
        return after.substring(start, after.indexOf("\n```", start)).lines().toList();
    }
}
