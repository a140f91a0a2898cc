package dev.godwit.sqlite;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.ConnectionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.godwit.core.testing.OwnCache;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * check and diff keep both inspected schemas and, when neither side changed, compare the kept ones
 * without a dev database. Proved by editing what is kept: only a run that reads it sees the edit.
 */
class SqliteSchemaCacheTest {

    @TempDir
    Path project;
    @RegisterExtension
    final OwnCache ownCache = new OwnCache();
    private Path cache;
    private Path migrations;
    private Path schema;

    @BeforeEach
    void setUp() throws IOException {
        cache = ownCache.path();
        // The classes come from directories here: "on" keeps schemas all the same.
        System.setProperty("godwit.schema-cache", "on");
        migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__trip.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        Godwit.hash(migrations);
        schema = project.resolve("schema.sql");
        Files.writeString(schema, "CREATE TABLE trip (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("godwit.schema-cache");
    }

    private Generator generator() {
        return new Generator(GodwitConfig.of(new ConnectionSpec(null, null, null), migrations).withSchema(schema).withDialect("sqlite"));
    }

    @Test
    void aSecondRunComparesTheKeptSchemas() throws Exception {
        assertThat(generator().check().agrees()).isTrue();
        assertThat(kept()).hasSize(2);
        // Take the table out of the kept desired schema: a run that reads it now sees trip as dropped.
        Path desired = keptHolding("trip");
        rewrite(desired, s -> new Schema(new TreeMap<>(), new TreeMap<>(s.enums()), new TreeMap<>(s.sequences()), new TreeMap<>(s.definitions()), s.unmodelled()));
        assertThat(generator().check().plan().steps()).extracting(step -> step.description()).anyMatch(d -> d.contains("trip"));
        // A difference in the kept schemas is never written from them: diff runs the dev database, finds none, and keeps what it found.
        assertThat(generator().diff("nothing to write").files()).isEmpty();
        assertThat(generator().check().agrees()).isTrue();
    }

    @Test
    void anyEditIsANewKeyAndTheDevDatabaseRunsAgain() throws Exception {
        assertThat(generator().check().agrees()).isTrue();
        Files.writeString(schema, "CREATE TABLE trip (id INTEGER PRIMARY KEY, name TEXT NOT NULL, notes TEXT);\n");
        assertThat(generator().check().plan().steps()).extracting(step -> step.description()).anyMatch(d -> d.contains("notes"));
        Files.writeString(migrations.resolve("V2__notes.sql"), "ALTER TABLE trip ADD COLUMN notes TEXT;\n");
        Godwit.hash(migrations);
        assertThat(generator().check().agrees()).isTrue();
        assertThat(kept()).hasSize(4);
    }

    @Test
    void aDamagedFileIsRecomputed() throws Exception {
        assertThat(generator().check().agrees()).isTrue();
        for (Path file : kept()) {
            Files.writeString(file, "not a schema");
        }
        assertThat(generator().check().agrees()).isTrue();
        // Tampered so that its fingerprint no longer matches: not used either.
        Path desired = keptHolding("trip");
        Schema real;
        try (InputStream in = Files.newInputStream(desired); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.readObject();
            real = (Schema) objects.readObject();
        }
        try (OutputStream out = Files.newOutputStream(desired); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject("0".repeat(64));
            objects.writeObject(new Schema(new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        }
        assertThat(generator().check().agrees()).as("the real schema, recomputed").isTrue();
        assertThat(real.tables()).containsKey("trip");
    }

    @Test
    void nothingIsKeptWhenTheKeyCannotNameEverything() throws Exception {
        Files.writeString(migrations.resolve("R__view.sql"), "CREATE VIEW trip_names AS SELECT name FROM trip;\n");
        Files.writeString(schema, Files.readString(schema) + "CREATE VIEW trip_names AS SELECT name FROM trip;\n");
        Godwit.hash(migrations);
        generator().check();
        assertThat(kept()).as("repeatable migrations: which objects each owns is not kept").isEmpty();
        Files.delete(migrations.resolve("R__view.sql"));
        Godwit.hash(migrations);
        System.setProperty("godwit.schema-cache", "off");
        generator().check();
        assertThat(kept()).as("-Dgodwit.schema-cache=off").isEmpty();
    }

    @Test
    void theOldestGoBeyondAHundred() throws Exception {
        Path folder = Files.createDirectories(cache.resolve("schemas-v1"));
        for (int i = 0; i < 120; i++) {
            Path stale = Files.writeString(folder.resolve("stale-" + i + ".ser"), "from an older build");
            Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(1_000_000L + i));
        }
        assertThat(generator().check().agrees()).isTrue();
        assertThat(kept()).hasSize(100).noneMatch(p -> p.getFileName().toString().equals("stale-0.ser"));
        assertThat(generator().check().agrees()).as("the two just written are among those kept").isTrue();
        assertThat(kept().stream().filter(p -> !p.getFileName().toString().startsWith("stale-"))).hasSize(2);
    }

    private List<Path> kept() throws IOException {
        Path folder = cache.resolve("schemas-v1");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ser")).sorted().toList();
        }
    }

    /** The kept desired schema: the one written last of the two (replayed first, then declared). */
    private Path keptHolding(String table) throws Exception {
        Path newest = null;
        for (Path file : kept()) {
            if (newest == null || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(newest)) >= 0) {
                newest = file;
            }
        }
        return newest;
    }

    private static void rewrite(Path file, java.util.function.UnaryOperator<Schema> change) throws Exception {
        Schema schema;
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.readObject();
            schema = (Schema) objects.readObject();
        }
        Schema changed = change.apply(schema);
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(changed.fingerprint());
            objects.writeObject(changed);
        }
    }
}
