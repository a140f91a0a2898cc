package dev.godwit.cli;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team switching in an afternoon: a project run by Flyway 13 (or Liquibase 4.33) first, as it was,
 * then `godwit import`, `godwit baseline`, and two new migrations written by `godwit diff` — the other
 * tool's history table left as it was. Run on each dialect by a subclass.
 */
abstract class SwitchingContract {

    @TempDir
    Path dir;

    abstract String url();

    abstract String user();

    abstract String password();

    abstract Map<String, String> environment();

    abstract Connection connect() throws SQLException;

    private Cli godwit(String... args) {
        return Cli.run(dir, environment(), args);
    }

    private static final String TRIP_MODEL = """
            CREATE TABLE trip (
                id       INTEGER PRIMARY KEY,
                title    VARCHAR(200) NOT NULL,
                currency VARCHAR(3) NOT NULL DEFAULT 'EUR',
                code     VARCHAR(10)%s
            );
            CREATE TABLE migration_log (note VARCHAR(100));
            CREATE VIEW trip_codes AS SELECT id, code FROM trip;
            """;

    @Test
    void aFlywayProjectWithRepeatableCallbackPlaceholderAndJavaMigrationsSwitchesToGodwit() throws Exception {
        Path sql = Files.createDirectories(dir.resolve("sql"));
        write(sql.resolve("V1__create_trip.sql"), "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL,"
                + " currency VARCHAR(3) NOT NULL DEFAULT '${currency}', code VARCHAR(10));\nCREATE TABLE migration_log (note VARCHAR(100));\n");
        write(sql.resolve("V2__seed.sql"), "INSERT INTO trip (id, title) VALUES (1, 'Naxos');\nINSERT INTO trip (id, title) VALUES (2, 'Paros');\n");
        write(sql.resolve("R__views.sql"), "DROP VIEW IF EXISTS trip_codes;\nCREATE VIEW trip_codes AS SELECT id, code FROM trip;\n");
        write(sql.resolve("afterMigrate.sql"), "INSERT INTO migration_log (note) VALUES ('migrated in ${currency}');\n");
        StringBuilder conf = new StringBuilder("flyway.url=" + url() + "\n");
        if (user() != null) {
            conf.append("flyway.user=").append(user()).append("\nflyway.password=").append(password()).append('\n');
        }
        conf.append("flyway.locations=filesystem:").append(sql).append(",classpath:db/migration\n")
                .append("flyway.placeholders.currency=EUR\nflyway.validateOnMigrate=true\n");
        write(dir.resolve("flyway.conf"), conf.toString());
        // The project's compiled Java migration, where its build puts it.
        Path classes = Files.createDirectories(dir.resolve("target/classes/db/migration"));
        Files.copy(Path.of("target/test-classes/db/migration/V3__Backfill_codes.class"), classes.resolve("V3__Backfill_codes.class"));

        Flyway.configure().dataSource(url(), user(), password()).locations("filesystem:" + sql, "classpath:db/migration")
                .placeholders(Map.of("currency", "EUR")).load().migrate();
        assertThat(rows("SELECT code FROM trip_codes ORDER BY id")).containsExactly("NAX-1", "PAR-2");
        List<String> flywayHistory = rows("SELECT version || ' ' || checksum FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");

        Cli imported = godwit("import", "flyway");
        assertThat(imported.exitCode()).as(imported.all()).isZero();
        String properties = Files.readString(dir.resolve("godwit.properties"));
        assertThat(properties).contains("url=" + url()).contains("migrations=" + sql).contains("placeholder.currency=EUR")
                .contains("java-migrations=db.migration").doesNotContain(password() == null ? "\u0000" : password());
        assertThat(imported.out()).contains("not needed validateOnMigrate");
        if (password() != null) {
            assertThat(imported.out()).contains("not needed password");
        }
        write(dir.resolve("godwit.properties"), properties + "schema=schema.sql\n");
        assertThat(godwit("hash").exitCode()).isZero();

        Cli baseline = godwit("baseline");
        assertThat(baseline.exitCode()).as(baseline.all()).isZero();
        assertThat(baseline.out()).contains("managed by Flyway").contains("version 3").contains("recorded baseline at version 3")
                .contains("recorded as applied, as the live schema holds them: R__views.sql");
        Cli status = godwit("status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).doesNotContain("pending").doesNotContain("outdated");
        int logged = rows("SELECT note FROM migration_log").size();
        Cli noop = godwit("migrate");
        assertThat(noop.exitCode()).as(noop.all()).isZero();
        assertThat(rows("SELECT note FROM migration_log")).as("afterMigrate ran, once, with its placeholder").hasSize(logged + 1).contains("migrated in EUR");

        write(dir.resolve("schema.sql"), TRIP_MODEL.formatted(",\n    nights   INTEGER"));
        Cli nights = godwit("diff", "-m", "add nights");
        assertThat(nights.exitCode()).as(nights.all()).isZero();
        assertThat(nights.out()).contains("V4__add_nights.sql");
        write(dir.resolve("schema.sql"), TRIP_MODEL.formatted(",\n    nights   INTEGER") + "CREATE TABLE traveller (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n");
        Cli traveller = godwit("diff", "-m", "traveller");
        assertThat(traveller.exitCode()).as(traveller.all()).isZero();
        assertThat(traveller.out()).contains("V5__traveller.sql");
        Cli migrated = godwit("migrate");
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        assertThat(migrated.out()).contains("applied 2 migration(s)");
        Cli check = godwit("check");
        assertThat(check.exitCode()).as(check.all()).isZero();
        Cli drift = godwit("drift");
        assertThat(drift.exitCode()).as(drift.all()).isZero();
        assertThat(rows("SELECT code FROM trip_codes ORDER BY id")).containsExactly("NAX-1", "PAR-2");
        assertThat(rows("SELECT version || ' ' || checksum FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                .as("Flyway's table left as it was").isEqualTo(flywayHistory);
    }

    private static final String CHANGELOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                               xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
              <changeSet id="1" author="eva">
                <createTable tableName="trip">
                  <column name="id" type="INTEGER"><constraints primaryKey="true"/></column>
                  <column name="title" type="VARCHAR(200)"><constraints nullable="false"/></column>
                </createTable>
              </changeSet>
              <changeSet id="2" author="eva">
                <addColumn tableName="trip"><column name="destination" type="VARCHAR(200)"/></addColumn>
              </changeSet>
              <changeSet id="seed-trips" author="eva" context="dev">
                <insert tableName="trip"><column name="id" valueNumeric="1"/><column name="title" value="Naxos"/></insert>
              </changeSet>
              <changeSet id="4" author="marc">
                <createIndex tableName="trip" indexName="trip_title_idx"><column name="title"/></createIndex>
              </changeSet>
              <changeSet id="5" author="marc">
                <createTable tableName="invoice">
                  <column name="id" type="INTEGER"><constraints primaryKey="true"/></column>
                  <column name="trip_id" type="INTEGER"><constraints nullable="false" foreignKeyName="invoice_trip_fk" references="trip(id)"/></column>
                </createTable>
              </changeSet>
            </databaseChangeLog>
            """;

    @Test
    void aLiquibaseXmlProjectSwitchesToGodwit() throws Exception {
        Path changelog = write(dir.resolve("db/changelog.xml"), CHANGELOG);
        // Liquibase migrated as the app's user, as the app's deploy did.
        try (Connection connection = user() == null ? connect() : java.sql.DriverManager.getConnection(url(), user(), password())) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase("changelog.xml", new DirectoryResourceAccessor(changelog.getParent()), database)) {
                liquibase.update("");
            }
        }
        assertThat(rows("SELECT count(*) FROM databasechangelog")).containsExactly("5");
        write(dir.resolve("godwit.properties"), "url=" + url() + "\nmigrations=migrations\nschema=schema.sql\n");

        Cli imported = godwit("import", "liquibase", "db/changelog.xml");
        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("V1__createtable_trip.sql").contains("V3__seed_trips.sql").contains("V5__createtable_invoice.sql")
                .contains("U1__createtable_trip.sql").contains("context dev is not carried over");
        assertThat(Files.readString(dir.resolve("migrations/V2__addcolumn_trip.sql")))
                .startsWith("-- liquibase changeset: changelog.xml::2::eva\n").containsIgnoringCase("destination VARCHAR(200)");

        Cli baseline = godwit("baseline");
        assertThat(baseline.exitCode()).as(baseline.all()).isZero();
        assertThat(baseline.out()).contains("managed by Liquibase").contains("5 changeset(s) run").contains("recorded baseline at version 5");

        write(dir.resolve("schema.sql"), liveModel() + "CREATE TABLE traveller (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n");
        Cli first = godwit("diff", "-m", "traveller");
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("V6__traveller.sql");
        write(dir.resolve("schema.sql"), liveModel() + "CREATE TABLE traveller (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
                + "CREATE INDEX traveller_name_idx ON traveller (name);\n");
        Cli second = godwit("diff", "-m", "traveller name");
        assertThat(second.exitCode()).as(second.all()).isZero();
        Cli migrated = godwit("migrate");
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        assertThat(migrated.out()).contains("applied 2 migration(s)");
        assertThat(godwit("check").exitCode()).isZero();
        Cli drift = godwit("drift");
        assertThat(drift.exitCode()).as(drift.all()).isZero();
        assertThat(rows("SELECT count(*) FROM databasechangelog")).as("Liquibase's table left as it was").containsExactly("5");
    }

    /** The model as the Liquibase changesets left it, in this dialect's words. */
    abstract String liveModel();

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
