package dev.godwit.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `godwit erd`: the desired or live schema as a Mermaid erDiagram, whole or around one table. */
class ErdCommandTest {

    @TempDir
    Path project;

    private static final String SCHEMA = """
            CREATE TABLE customer (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL UNIQUE);
            CREATE TABLE trip (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer (id),
                               guide_id INTEGER REFERENCES guide (id), price NUMERIC(10,2));
            CREATE TABLE guide (id INTEGER PRIMARY KEY, name TEXT);
            CREATE TABLE invoice (id INTEGER PRIMARY KEY, trip_id INTEGER NOT NULL UNIQUE REFERENCES trip (id));
            CREATE TABLE "audit log" (id INTEGER PRIMARY KEY, at TIMESTAMP);
            CREATE VIEW trip_prices AS SELECT id, price FROM trip;
            """;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("schema.sql"), SCHEMA);
        Files.writeString(project.resolve("godwit.properties"), "url=jdbc:sqlite:erd.db\nmigrations=migrations\nschema=schema.sql\n");
    }

    @Test
    void theDesiredSchemaWithKeysAndCardinalities() {
        Cli erd = Cli.run(project, "erd");
        assertThat(erd.exitCode()).as(erd.err()).isZero();
        assertThat(erd.out()).startsWith("erDiagram\n    %% not drawn: 1 view (trip_prices)\n")
                .contains("    audit_log[\"audit log\"] {\n")
                .contains("    trip {\n        integer id PK\n        integer customer_id FK \"not null\"\n        integer guide_id FK\n        numeric(10-2) price\n    }\n")
                .contains("        varchar(200) email UK \"not null\"\n")
                // a NOT NULL foreign key: exactly one parent; a nullable one: zero or one; a unique one: zero or one child
                .containsPattern("    customer \\|\\|--o\\{ trip : \"[^\"]+\"\n")
                .containsPattern("    guide \\|o--o\\{ trip : \"[^\"]+\"\n")
                .containsPattern("    trip \\|\\|--o\\| invoice : \"[^\"]+\"\n");
        // Every line is one Mermaid accepts in an erDiagram: a header, an entity, an attribute, its end, or a relationship.
        assertThat(erd.out().lines().skip(1)).allMatch(line -> line.matches(
                " {4}%% .*|"
                        + " {4}[A-Za-z][A-Za-z0-9_-]*(\\[\"[^\"]*\"])? \\{|"
                        + " {8}[A-Za-z][A-Za-z0-9_()\\[\\]-]* [A-Za-z_][A-Za-z0-9_-]*( (PK|FK|UK)(, (PK|FK|UK))*)?( \"[^\"]*\")?|"
                        + " {4}}|"
                        + " {4}[A-Za-z][A-Za-z0-9_-]* (\\|\\||\\|o)--(o\\{|o\\|) [A-Za-z][A-Za-z0-9_-]* : \"[^\"]*\""));
    }

    @Test
    void aTablesNeighbourhoodAndTheLiveSchema() throws Exception {
        Cli around = Cli.run(project, "erd", "--around", "invoice");
        assertThat(around.out()).contains("    invoice {", "    trip {").doesNotContain("    customer {", "    guide {");
        assertThat(Cli.run(project, "erd", "--around", "invoice", "--depth", "2").out()).contains("    customer {", "    guide {").doesNotContain("audit_log");

        Files.writeString(project.resolve("migrations/V1__guide.sql"), "CREATE TABLE guide (id INTEGER PRIMARY KEY, name TEXT);\n");
        assertThat(Cli.run(project, "hash").exitCode()).isZero();
        assertThat(Cli.run(project, "migrate").exitCode()).isZero();
        Cli live = Cli.run(project, "erd", "--live", "--json");
        assertThat(live.out()).contains("\"tables\":1").contains("guide {");

        Cli unknown = Cli.run(project, "erd", "--around", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--around nope: the desired schema has no table of that name");
    }
}
