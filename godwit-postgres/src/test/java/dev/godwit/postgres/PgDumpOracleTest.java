package dev.godwit.postgres;

import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.sql.StatementSplitter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An oracle independent of godwit's inspector: for every PostgreSQL round-trip fixture, {@code a.sql}
 * with godwit's golden migration applied and {@code b.sql} loaded directly must give the same
 * {@code pg_dump --schema-only} (statements compared as sets; only the order of the lines inside a
 * {@code CREATE TABLE} may differ, since a migration appends the columns it adds); the contrib fixtures
 * of {@link SystemPostgresRoundTripTest} included. Runs on the system's
 * PostgreSQL (Debian's postgresql-15, installed by .ci/run); skipped with a message where there is none.
 */
class PgDumpOracleTest {

    private static final Path FIXTURES = Path.of("src/test/resources/roundtrip");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static SystemPostgres server;

    @BeforeAll
    static void startSystemPostgres() throws Exception {
        var bin = SystemPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "skipped: no PostgreSQL with pg_dump under /usr/lib/postgresql (apt-get install postgresql-15)");
        server = SystemPostgres.start(bin.get());
    }

    @TestFactory
    Stream<DynamicTest> theMigratedDatabaseDumpsLikeTheTargetLoadedDirectly() throws IOException {
        List<Path> cases = new ArrayList<>();
        for (Path fixtures : List.of(FIXTURES, Path.of("src/test/resources/roundtrip-system"))) {
            try (Stream<Path> folders = Files.list(fixtures)) {
                cases.addAll(folders.filter(Files::isDirectory).sorted().toList());
            }
        }
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            String migrated = database();
            execute(migrated, Files.readString(folder.resolve("a.sql")));
            execute(migrated, Files.readString(folder.resolve("up.sql")));
            String target = database();
            execute(target, Files.readString(folder.resolve("b.sql")));
            assertThat(statements(server.dump(migrated))).as(folder + ": pg_dump of a + up.sql vs b.sql")
                    .containsExactlyInAnyOrderElementsOf(statements(server.dump(target)));
            server.dropDatabase(migrated);
            server.dropDatabase(target);
        }));
    }

    /**
     * The oracle sees what godwit's model does not compare: the reason it is run at all. What godwit
     * leaves out by design is who owns an object (a dev database's owner is never production's); a
     * column's storage, which it once missed in silence, this oracle found, and it is now listed as
     * not compared.
     */
    @Test
    void itCatchesADifferenceGodwitsInspectorMisses() throws Exception {
        String a = database();
        String b = database();
        String table = "CREATE TABLE trip (id integer PRIMARY KEY, notes text)";
        execute(a, table);
        execute(b, table + "; DO $$ BEGIN CREATE ROLE oracle_owner NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                + " ALTER TABLE trip OWNER TO oracle_owner");
        PostgresInspector inspector = new PostgresInspector();
        try (Connection ca = connect(a); Connection cb = connect(b)) {
            assertThat(inspector.inspect(ca).fingerprint()).as("godwit does not compare owners").isEqualTo(inspector.inspect(cb).fingerprint());
        }
        assertThat(statements(server.dump(a))).isNotEqualTo(statements(server.dump(b)));

        String c = database();
        execute(c, table + "; ALTER TABLE trip ALTER COLUMN notes SET STORAGE EXTERNAL");
        assertThat(statements(server.dump(a))).isNotEqualTo(statements(server.dump(c)));
        try (Connection ca = connect(a); Connection cc = connect(c)) {
            assertThat(inspector.inspect(cc).unmodelled()).extracting(dev.godwit.core.schema.Unmodelled::kind).contains("column storage");
            assertThat(inspector.inspect(ca).fingerprint()).isNotEqualTo(inspector.inspect(cc).fingerprint());
        }
    }

    private String database() throws SQLException {
        String name = "oracle_" + DATABASES.incrementAndGet();
        server.createDatabase(name);
        return name;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(server.url(database), "postgres", "");
    }

    /** One statement at a time, in auto-commit: a migration's CONCURRENTLY steps cannot run in a transaction. */
    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (SqlStatement statement : StatementSplitter.split(sql, new PostgresDialect().syntax())) {
                s.execute(statement.sql());
            }
        }
    }

    /** The dump's statements without comments, settings and psql meta-commands, each CREATE TABLE's lines sorted. */
    static List<String> statements(String dump) {
        StringBuilder kept = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (!line.startsWith("--") && !line.startsWith("\\")) {
                kept.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (SqlStatement statement : StatementSplitter.split(kept.toString(), new PostgresDialect().syntax())) {
            String sql = statement.sql().strip();
            if (sql.startsWith("SET ") || sql.startsWith("SELECT pg_catalog.set_config")) {
                continue;
            }
            statements.add(sql.startsWith("CREATE TABLE ") ? sortedLines(sql) : sql);
        }
        return statements;
    }

    private static String sortedLines(String createTable) {
        int open = createTable.indexOf("(\n");
        int close = createTable.lastIndexOf("\n)");
        if (open < 0 || close < open) {
            return createTable;
        }
        String[] lines = createTable.substring(open + 2, close).split("\n");
        String[] cleaned = Arrays.stream(lines).map(l -> l.strip().replaceAll(",$", "")).sorted().toArray(String[]::new);
        return createTable.substring(0, open + 1) + String.join(", ", cleaned) + createTable.substring(close + 1).replace("\n", " ");
    }
}
