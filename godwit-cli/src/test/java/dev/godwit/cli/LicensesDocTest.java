package dev.godwit.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/licenses.md, which the build regenerates: it lists the runtime dependencies the command line
 * carries, each under a licence the build accepts (the build itself fails on any other).
 */
class LicensesDocTest {

    @Test
    void everyRuntimeDependencyIsListedUnderAnAcceptedLicence() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher included = Pattern.compile("<includedLicenses>([^<]+)</includedLicenses>").matcher(pom);
        assertThat(included.find()).as("the licence gate is configured").isTrue();
        Set<String> accepted = Set.of(included.group(1).split("\\|"));

        List<String[]> rows = Files.readAllLines(Path.of("../docs/licenses.md")).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| dependency") && !l.startsWith("| ---"))
                .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new))
                .toList();

        assertThat(rows).extracting(r -> r[0]).contains("info.picocli:picocli", "org.postgresql:postgresql", "org.xerial:sqlite-jdbc",
                "org.liquibase:liquibase-core", "tools.jackson.dataformat:jackson-dataformat-toml", "org.yaml:snakeyaml");
        assertThat(rows).allSatisfy(r -> assertThat(Arrays.stream(r[2].split(", ")).collect(Collectors.toSet()))
                .as(r[0] + " is under " + r[2]).containsAnyElementsOf(accepted));
        Matcher picocli = Pattern.compile("<picocli.version>([^<]+)</picocli.version>").matcher(Files.readString(Path.of("../pom.xml")));
        assertThat(picocli.find()).isTrue();
        assertThat(rows).as("picocli, compiled from its sources by godwit-picocli, at the version the build uses")
                .anySatisfy(r -> assertThat(r).containsExactly("info.picocli:picocli", picocli.group(1), "Apache-2.0"));
        assertThat(rows).as("Mermaid, vendored for godwit report's page, at the version of the file the CLI carries")
                .anySatisfy(r -> assertThat(r).containsExactly("mermaid", ReportPage.MERMAID.replaceAll(".*mermaid-(.+)\\.min\\.js", "$1"), "MIT"));
        assertThat(ReportPage.class.getResource("report/mermaid-LICENSE.txt")).as("its licence beside it").isNotNull();
        assertThat(rows).extracting(r -> r[0]).as("jaxb-api (CDDL / GPL with classpath exception) is left out of Liquibase's dependencies")
                .doesNotContain("javax.xml.bind:jaxb-api");
    }
}
