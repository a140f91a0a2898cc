package dev.godwit.cli;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateResult;
import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's Java API example, compiled from the README and run, with the migrations on the class path. */
class JavaApiReadmeTest {

    @TempDir
    Path dir;

    /** The README's block, compiled against the test's class path: the migrations of src/test/resources/db/godwit. */
    private Method readmeExample() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher block = Pattern.compile("```java\\n(import dev\\.godwit\\.core\\.runner\\.Godwit;.*?public class MigrateOnStart.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("the README has the Java API example").isTrue();
        Path source = Files.createDirectories(dir.resolve("src")).resolve("MigrateOnStart.java");
        Files.writeString(source, block.group(1));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int compiled = compiler.run(null, OutputStream.nullOutputStream(), System.err,
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        assertThat(compiled).as("the README's example compiles").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader());
        return loader.loadClass("MigrateOnStart").getMethod("migrate", String.class, String.class, String.class);
    }

    @Test
    void theReadmeExampleMigratesSqlite() throws Exception {
        Method migrate = readmeExample();
        String url = "jdbc:sqlite:" + dir.resolve("odyssee.db");

        MigrateResult first = (MigrateResult) migrate.invoke(null, url, null, null);
        assertThat(first.applied()).extracting(m -> m.fileName()).containsExactly("V1__create_trip.sql", "V2__seed.sql");
        assertThat(first.after()).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo("2"));
        MigrateResult second = (MigrateResult) migrate.invoke(null, url, null, null);
        assertThat(second.applied()).isEmpty();
    }

    @Test
    void theReadmeExampleMigratesPostgres() throws Exception {
        Method migrate = readmeExample();
        String url = EmbeddedPostgresSupport.newDatabase();

        MigrateResult result = (MigrateResult) migrate.invoke(null, url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD);
        assertThat(result.applied()).hasSize(2);
        assertThat(result.after()).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo("2"));
    }

    @Test
    void migrationsInsideAJarAreReadInPlace() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[]{"V1__create_trip.sql", "V2__seed.sql", "godwit.sum"}) {
                out.putNextEntry(new JarEntry("db/godwit/" + name));
                out.write(Files.readAllBytes(Path.of("src/test/resources/db/godwit", name)));
                out.closeEntry();
            }
        }
        try (URLClassLoader app = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            MigrateResult result = Godwit.configure().dataSource("jdbc:sqlite:" + dir.resolve("jar.db"), null, null)
                    .classLoader(app).locations("classpath:db/godwit").load().migrate();
            assertThat(result.applied()).hasSize(2);
        }
    }

    @Test
    void aFleetOfDataSourcesIsMigratedAndABrokenOneIsItsOwnOutcome() throws Exception {
        java.util.Map<String, javax.sql.DataSource> pools = new java.util.LinkedHashMap<>();
        for (String tenant : new String[]{"acme", "globex", "initech"}) {
            org.sqlite.SQLiteDataSource pool = new org.sqlite.SQLiteDataSource();
            pool.setUrl("jdbc:sqlite:" + dir.resolve(tenant + ".db"));
            pools.put(tenant, pool);
        }
        try (java.sql.Connection c = pools.get("globex").getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE VIEW trip AS SELECT 1 AS id"); // V1's table cannot be created there
        }

        java.util.List<dev.godwit.core.fleet.FleetRun.Outcome> outcomes = Godwit.configure().locations("classpath:db/godwit").fleet(pools).migrate(2);

        assertThat(outcomes).extracting(o -> o.target().name() + " " + o.state().code())
                .containsExactly("acme migrated", "globex failed", "initech migrated");
        assertThat(outcomes.get(1).problem().code().code()).startsWith("GW-E");
        assertThat(outcomes.get(0).after()).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo("2"));
    }

    @Test
    void aMissingLocationAndAMissingDatabaseAreProblemsWhoseMessageSaysWhatToDo() {
        assertThatThrownBy(() -> Godwit.configure().dataSource("jdbc:sqlite:" + dir.resolve("x.db"), null, null)
                .locations("classpath:db/nowhere").load()).isInstanceOfSatisfying(GodwitException.class, e ->
                assertThat(e.getMessage()).startsWith("error[GW-E109]: the migrations location classpath:db/nowhere is on no class path entry")
                        .contains("next: create src/main/resources/db/nowhere"));
        assertThatThrownBy(() -> Godwit.configure().load()).isInstanceOfSatisfying(GodwitException.class, e ->
                assertThat(e.getMessage()).contains("GW-E105").contains("next: call .dataSource("));
    }
}
