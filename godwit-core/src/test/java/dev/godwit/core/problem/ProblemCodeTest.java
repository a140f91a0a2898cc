package dev.godwit.core.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes are unique, grouped as documented, and each is explained in docs/errors.md (and only those). */
class ProblemCodeTest {

    private static final Path DOCS = Path.of("..", "docs", "errors.md");

    @Test
    void everyCodeIsUniqueAndItsGroupDecidesTheExitCode() {
        List<String> codes = Arrays.stream(ProblemCode.values()).map(ProblemCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("GW-E\\d{3}"));
        for (ProblemCode code : ProblemCode.values()) {
            Problem.Kind expected = code.code().startsWith("GW-E1") ? Problem.Kind.CONFIGURATION : Problem.Kind.ACTION_NEEDED;
            assertThat(code.kind()).as(code.name()).isEqualTo(expected);
        }
    }

    @Test
    void docsErrorsMdExplainsExactlyTheCodesThatExist() throws IOException {
        Matcher headings = Pattern.compile("(?m)^## (GW-E\\d{3})$").matcher(Files.readString(DOCS));
        Set<String> documented = new java.util.TreeSet<>();
        while (headings.find()) {
            assertThat(documented.add(headings.group(1))).as("documented twice: " + headings.group(1)).isTrue();
        }
        Set<String> defined = Arrays.stream(ProblemCode.values()).map(ProblemCode::code).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(documented).isEqualTo(defined);
    }

    @Test
    void theTextFormStartsWithTheCode() {
        Problem problem = Problem.of(ProblemCode.MIGRATION_FAILED, "migration V3__x.sql failed at statement 2 (line 7)",
                List.of("database said: relation \"trip\" does not exist"), "fix the file");
        assertThat(problem.render()).isEqualTo("""
                error[GW-E400]: migration V3__x.sql failed at statement 2 (line 7)
                  database said: relation "trip" does not exist
                  next: fix the file""");
        assertThat(problem.kind().exitCode()).isEqualTo(1);
    }
}
