package dev.godwit.importing;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each place a Flyway project keeps its settings, read into the same godwit.properties. */
class FlywayImportTest {

    @TempDir
    Path project;

    private FlywayImport.Result convert(String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        return FlywayImport.convert(FlywaySettings.find(project), project);
    }

    @Test
    void flywayConf() throws Exception {
        FlywayImport.Result result = convert("flyway.conf", """
                flyway.url=jdbc:postgresql://db:5432/odyssee
                flyway.user=odyssee
                flyway.password=s3cret
                flyway.schemas=app,reporting
                flyway.placeholders.owner=odyssee_owner
                flyway.baselineVersion=4
                flyway.outOfOrder=true
                """);

        assertThat(result.properties()).contains("url=jdbc:postgresql://db:5432/odyssee\n", "user=odyssee\n", "schemas=app,reporting\n",
                "migrations=src/main/resources/db/migration\n", "placeholder.owner=odyssee_owner\n").doesNotContain("s3cret");
        assertThat(result.notNeeded()).anySatisfy(n -> assertThat(n).startsWith("password: kept out of godwit.properties"))
                .anySatisfy(n -> assertThat(n).startsWith("baselineVersion"))
                .anySatisfy(n -> assertThat(n).startsWith("outOfOrder: pass --out-of-order"));
        assertThat(result.todo()).isEmpty();
    }

    @Test
    void flywayTomlWithItsEnvironment() throws Exception {
        FlywayImport.Result result = convert("flyway.toml", """
                [environments.default]
                url = "jdbc:sqlite:odyssee.db"

                [environments.production]
                url = "jdbc:postgresql://prod/odyssee"
                user = "deploy"
                schemas = ["app"]

                [flyway]
                environment = "production"
                locations = ["filesystem:sql"]
                defaultSchema = "app"

                [flyway.placeholders]
                currency = "EUR"
                """);

        assertThat(result.properties()).contains("url=jdbc:postgresql://prod/odyssee\n", "user=deploy\n", "schemas=app\n", "migrations=sql\n",
                "placeholder.currency=EUR\n");
    }

    @Test
    void springBootPropertiesAndYaml() throws Exception {
        FlywayImport.Result properties = convert("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://localhost/odyssee
                spring.datasource.username=app
                spring.flyway.locations=classpath:db/migration
                spring.flyway.placeholders.currency=CHF
                spring.flyway.validate-on-migrate=true
                """);
        assertThat(properties.properties()).contains("url=jdbc:postgresql://localhost/odyssee\n", "user=app\n", "placeholder.currency=CHF\n");
        assertThat(properties.notNeeded()).anySatisfy(n -> assertThat(n).startsWith("validateOnMigrate"));

        Files.delete(project.resolve("src/main/resources/application.properties"));
        FlywayImport.Result yaml = convert("src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/odyssee
                  flyway:
                    schemas: [app, audit]
                    placeholders:
                      currency: CHF
                """);
        assertThat(yaml.properties()).contains("schemas=app,audit\n", "placeholder.currency=CHF\n", "migrations=src/main/resources/db/migration\n");
    }

    @Test
    void whatGodwitCannotCarryIsNamedInTheReportAndTheFile() throws Exception {
        FlywayImport.Result result = convert("flyway.conf", """
                flyway.url=${FLYWAY_URL}
                flyway.table=schema_version
                flyway.sqlMigrationPrefix=M
                flyway.callbacks=com.acme.AuditCallback
                flyway.locations=filesystem:sql,filesystem:more-sql
                flyway.mysteryKey=1
                """);

        assertThat(result.todo()).anySatisfy(t -> assertThat(t).contains("url ${FLYWAY_URL}").contains("GODWIT_URL"))
                .anySatisfy(t -> assertThat(t).startsWith("table=schema_version").contains("rename the table to flyway_schema_history"))
                .anySatisfy(t -> assertThat(t).startsWith("sqlMigrationPrefix=M").contains("rename the files"))
                .anySatisfy(t -> assertThat(t).startsWith("callbacks com.acme.AuditCallback").contains("dev.godwit.api.Callback"))
                .anySatisfy(t -> assertThat(t).startsWith("location more-sql: godwit reads one folder"))
                .anySatisfy(t -> assertThat(t).startsWith("mysteryKey=1: godwit has no such setting"));
        assertThat(result.properties()).contains("# TODO table=schema_version").doesNotContain("url=");
    }

    @Test
    void aProjectWithoutFlywaySettingsAndABrokenFileAreClearErrors() throws Exception {
        assertThatThrownBy(() -> FlywaySettings.find(project)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.IMPORT_SOURCE);
            assertThat(e.problem().next()).contains("flyway.conf");
        });
        Files.writeString(project.resolve("flyway.toml"), "[flyway\nlocations = 3\n");
        assertThatThrownBy(() -> FlywaySettings.find(project)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.IMPORT_SOURCE);
            assertThat(e.problem().summary()).contains("flyway.toml is not valid TOML");
        });
        Files.delete(project.resolve("flyway.toml"));
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("src/main/resources/application.yml"), "spring:\n  flyway:\n    url: [unclosed\n");
        assertThatThrownBy(() -> FlywaySettings.find(project)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.IMPORT_SOURCE);
            assertThat(e.problem().summary()).contains("application.yml line");
        });
    }
}
