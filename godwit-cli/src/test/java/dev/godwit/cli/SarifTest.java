package dev.godwit.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `--format sarif` of lint, check and diff, each log validated against OASIS's published SARIF 2.1.0 schema. */
class SarifTest {

    private static Schema sarif;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    static List<Error> errors(String log) throws Exception {
        if (sarif == null) {
            loadSchema();
        }
        return sarif.validate(log, InputFormat.JSON);
    }

    private void project(String dialect) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/V1__trip.sql"), "CREATE TABLE trip (id integer PRIMARY KEY, title text);\n");
        Files.writeString(dir.resolve("migrations/V2__changes.sql"), "CREATE INDEX trip_title_idx ON trip (title);\nDELETE FROM trip;\n");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE trip (id integer PRIMARY KEY, title text, nights integer);\nCREATE INDEX trip_title_idx ON trip (title);\n");
        Files.writeString(dir.resolve("godwit.properties"), "dialect=" + dialect + "\nschema=schema.sql\n");
        assertThat(Cli.run(dir, "hash").exitCode()).isZero();
    }

    @Test
    void lintWritesAValidLogWithEveryRuleAndEachFindingWhereItIs() throws Exception {
        project("postgresql");

        Cli lint = Cli.run(dir, "lint", "--format", "sarif");

        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(errors(lint.out())).as(lint.out()).isEmpty();
        assertThat(lint.out()).contains("\"version\":\"2.1.0\"").contains("\"name\":\"godwit\"")
                .contains("\"id\":\"GW141\"")
                .contains("\"ruleId\":\"GW106\",\"level\":\"warning\"")
                .contains("\"ruleId\":\"GW110\",\"level\":\"error\"")
                .contains("\"artifactLocation\":{\"uri\":\"migrations/V2__changes.sql\"},\"region\":{\"startLine\":2}");
    }

    @Test
    void checkAndDiffWriteValidLogsTooAndTheSchemaDifferenceIsAResult() throws Exception {
        project("sqlite");

        Cli check = Cli.run(dir, "check", "--format", "sarif");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(errors(check.out())).as(check.out()).isEmpty();
        assertThat(check.out()).containsPattern("\"ruleId\":\"GW-E\\d+\",\"level\":\"error\",\"message\":\\{\"text\":\"the desired schema differs")
                .contains("{\"uri\":\"schema.sql\"}");

        Cli diff = Cli.run(dir, "diff", "--format", "sarif", "nights");
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        assertThat(errors(diff.out())).as(diff.out()).isEmpty();
        assertThat(Files.exists(dir.resolve("migrations/V3__nights.sql"))).isTrue();
        assertThat(diff.out()).contains("\"results\":[]");
    }

    @Test
    void theSchemaRefusesWhatIsNotSarif() throws Exception {
        // The validator itself bites: a result without its message, and a level SARIF does not know.
        String valid = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"godwit\"}},\"results\":[{\"ruleId\":\"GW101\",\"message\":{\"text\":\"x\"}}]}]}";
        assertThat(errors(valid)).isEmpty();
        assertThat(errors(valid.replace(",\"message\":{\"text\":\"x\"}", ""))).isNotEmpty();
        assertThat(errors(valid.replace("\"ruleId\":\"GW101\"", "\"ruleId\":\"GW101\",\"level\":\"loud\""))).isNotEmpty();
    }
}
