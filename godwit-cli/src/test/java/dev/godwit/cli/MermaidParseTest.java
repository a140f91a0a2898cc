package dev.godwit.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `godwit erd` against an independent oracle: Mermaid's own parser (11.17, in Node with jsdom)
 * reads every diagram godwit prints, a schema with names, types and comments Mermaid would refuse
 * as they are among them; a broken diagram beside them proves the parser refuses what it must.
 * Runs where .ci/run installed the parser (GODWIT_MERMAID), skipped elsewhere.
 */
class MermaidParseTest {

    @TempDir
    Path project;

    @Test
    void mermaidParsesEveryDiagramGodwitPrints() throws Exception {
        String installed = System.getenv("GODWIT_MERMAID");
        Assumptions.assumeTrue(installed != null && Files.isDirectory(Path.of(installed, "node_modules", "mermaid")),
                "skipped: no Mermaid parser (.ci/run installs one from the npm registry and sets GODWIT_MERMAID)");
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("godwit.properties"), "url=jdbc:sqlite:erd.db\nmigrations=migrations\nschema=schema.sql\n");
        Files.writeString(project.resolve("schema.sql"), """
                CREATE TABLE "order line" (id INTEGER PRIMARY KEY, "unit price" NUMERIC(10,2) NOT NULL, qty INTEGER DEFAULT 1,
                                           order_id INTEGER NOT NULL REFERENCES "order" (id), sku TEXT UNIQUE);
                CREATE TABLE "order" (id INTEGER PRIMARY KEY, "placed-at" TIMESTAMP, note VARCHAR(20));
                CREATE TABLE "2fa" (id INTEGER PRIMARY KEY, user_ref INTEGER UNIQUE REFERENCES "order" (id));
                CREATE TABLE lonely (value DOUBLE PRECISION);
                CREATE VIEW "big orders" AS SELECT id FROM "order";
                """);
        List<Path> diagrams = new ArrayList<>();
        for (String[] args : new String[][]{{"erd"}, {"erd", "--around", "order"}, {"erd", "--around", "2fa", "--depth", "0"}}) {
            Cli erd = Cli.run(project, args);
            assertThat(erd.exitCode()).as(erd.err()).isZero();
            Path file = project.resolve("diagram-" + diagrams.size() + ".mmd");
            Files.writeString(file, erd.out(), StandardCharsets.UTF_8);
            diagrams.add(file);
        }
        Path broken = Files.writeString(project.resolve("broken.mmd"), "erDiagram\n    trip {\n        character varying name\n    }\n");

        // Node resolves a module's imports from the module's folder: the script goes beside a link to the installed packages.
        Path runner = Files.createDirectories(project.resolve("parser"));
        Files.copy(Path.of("src/test/resources/mermaid/parse.mjs"), runner.resolve("parse.mjs"));
        Files.createSymbolicLink(runner.resolve("node_modules"), Path.of(installed, "node_modules").toAbsolutePath());
        List<String> command = new ArrayList<>(List.of("node", runner.resolve("parse.mjs").toString()));
        diagrams.forEach(d -> command.add(d.toString()));
        command.add(broken.toString());
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        for (Path diagram : diagrams) {
            assertThat(said).as(Files.readString(diagram)).contains("ok " + diagram);
        }
        assertThat(said).as("the parser refuses a type with a space").contains("error " + broken);
    }
}
