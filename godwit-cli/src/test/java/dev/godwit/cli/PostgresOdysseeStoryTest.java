package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The user story on PostgreSQL: the target is one embedded server, the dev database another that godwit starts itself. */
class PostgresOdysseeStoryTest extends OdysseeStoryContract {

    private String url;

    @BeforeEach
    void database() {
        url = EmbeddedPostgresSupport.newDatabase();
    }

    @Test
    void changesToTablesInUseTakeTheSafeFormsInMigrationsOfTheirOwn() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url + "\nschema=schema.sql\n");
        Cli.run(dir, environment(), "hash");
        String base = "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(200));\n"
                + "CREATE TABLE invoice (id INTEGER PRIMARY KEY, trip_id INTEGER);\n";
        Files.writeString(dir.resolve("schema.sql"), base);
        assertThat(Cli.run(dir, environment(), "diff").exitCode()).isZero();
        assertThat(Cli.run(dir, environment(), "migrate").exitCode()).isZero();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO trip VALUES (1, 'Naxos')");
            s.execute("INSERT INTO invoice VALUES (1, 1)");
        }

        Files.writeString(dir.resolve("schema.sql"), base + "ALTER TABLE trip ADD COLUMN nights INTEGER NOT NULL;\n");
        Cli refused = Cli.run(dir, environment(), "diff");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("trip.nights is NOT NULL without a default").contains("give it a DEFAULT");

        Files.writeString(dir.resolve("schema.sql"), base.replace("title VARCHAR(200)", "title VARCHAR(200) NOT NULL")
                .replace("trip_id INTEGER", "trip_id INTEGER REFERENCES trip (id)") + "CREATE INDEX trip_title_idx ON trip (title);\n");
        Cli safe = Cli.run(dir, environment(), "diff", "-m", "constraints");
        assertThat(safe.exitCode()).as(safe.all()).isZero();
        assertThat(safe.out()).contains("V2__constraints.sql, migrations/V3__constraints_validate.sql, migrations/V4__constraints_indexes.sql");
        assertThat(Files.readString(dir.resolve("migrations/V2__constraints.sql")))
                .contains("CHECK (title IS NOT NULL) NOT VALID").contains("FOREIGN KEY (trip_id) REFERENCES trip (id) NOT VALID")
                .doesNotContain("VALIDATE").doesNotContain("CREATE INDEX");
        assertThat(Files.readString(dir.resolve("migrations/V3__constraints_validate.sql")))
                .contains("VALIDATE CONSTRAINT trip_title_not_null").contains("SET NOT NULL").contains("VALIDATE CONSTRAINT invoice_trip_id_fkey");
        assertThat(Files.readString(dir.resolve("migrations/V4__constraints_indexes.sql")))
                .startsWith("-- godwit:no-transaction\n").contains("SET lock_timeout")
                .contains("DROP INDEX CONCURRENTLY IF EXISTS trip_title_idx").contains("CREATE INDEX CONCURRENTLY trip_title_idx ON trip (title)");
        Cli migrated = Cli.run(dir, environment(), "migrate");
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        assertThat(migrated.out()).contains("applied 3 migration(s)");
        assertThat(Cli.run(dir, environment(), "check").exitCode()).isZero();
    }

    @Override
    String url() {
        return url;
    }

    @Override
    Map<String, String> environment() {
        return Map.of("GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Override
    Connection connect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }
}
