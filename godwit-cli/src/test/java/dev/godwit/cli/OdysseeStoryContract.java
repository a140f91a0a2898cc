package dev.godwit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user story through the command line: a schema.sql is the model, `godwit diff` writes each
 * migration locally, `godwit migrate` applies it to a database holding rows, and `check` and
 * `drift` keep everyone honest. Run on each dialect by a subclass.
 */
abstract class OdysseeStoryContract {

    @TempDir
    Path dir;

    /** The target database's JDBC URL (a new, empty database). */
    abstract String url();

    /** Environment for the target's credentials. */
    abstract Map<String, String> environment();

    /** A connection to the target, to add rows and check them. */
    abstract Connection connect() throws SQLException;

    private static final String TRIP = """
            CREATE TABLE trip (
                id          INTEGER PRIMARY KEY,
                title       VARCHAR(200) NOT NULL,
                destination VARCHAR(200) NOT NULL,
                price       DECIMAL(10, 2) NOT NULL
            );
            """;

    private Cli godwit(String... args) {
        return Cli.run(dir, environment(), args);
    }

    private void schema(String sql) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), sql, StandardCharsets.UTF_8);
    }

    private String migration(String prefix) throws IOException {
        try (var files = Files.list(dir.resolve("migrations"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    @Test
    void fromSchemaSqlToProductionAndBackOnTrack() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url() + "\nschema=schema.sql\n");
        godwit("hash");
        schema(TRIP);

        Cli first = godwit("diff");
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("wrote migrations/V1__create_trip.sql");
        assertThat(godwit("migrate").exitCode()).isZero();
        execute("INSERT INTO trip (id, title, destination, price) VALUES (1, 'Cyclades en voilier', 'Naxos', 1890.00)",
                "INSERT INTO trip (id, title, destination, price) VALUES (2, 'Route 66', 'Chicago', 3200.50)");

        schema(TRIP.replace("NOT NULL\n);", "NOT NULL,\n    facture_pdf VARCHAR(255)\n);"));
        Cli addColumn = godwit("diff", "-m", "add facture pdf");
        assertThat(addColumn.exitCode()).as(addColumn.all()).isZero();
        assertThat(addColumn.out()).contains("wrote migrations/V2__add_facture_pdf.sql");
        assertThat(migration("V2__")).containsIgnoringCase("ADD COLUMN facture_pdf");
        assertThat(godwit("migrate").out()).contains("applied V2__add_facture_pdf.sql");

        schema(TRIP.replace("title       VARCHAR(200)", "title       VARCHAR(500)").replace("NOT NULL\n);", "NOT NULL,\n    facture_pdf VARCHAR(255)\n);"));
        Cli widen = godwit("diff", "widen", "title");
        assertThat(widen.exitCode()).as(widen.all()).isZero();
        assertThat(migration("V3__widen_title")).contains("alter column trip.title");
        assertThat(godwit("migrate").exitCode()).isZero();

        String withInvoice = TRIP.replace("title       VARCHAR(200)", "title       VARCHAR(500)").replace("NOT NULL\n);", "NOT NULL,\n    facture_pdf VARCHAR(255)\n);")
                + """
                CREATE TABLE invoice (
                    id      INTEGER PRIMARY KEY,
                    trip_id INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
                    amount  DECIMAL(10, 2) NOT NULL
                );
                CREATE INDEX invoice_trip_idx ON invoice (trip_id);
                """;
        schema(withInvoice);
        Cli invoice = godwit("diff");
        assertThat(invoice.exitCode()).as(invoice.all()).isZero();
        assertThat(invoice.out()).contains("V4__create_invoice.sql");
        assertThat(godwit("migrate").exitCode()).isZero();
        execute("INSERT INTO invoice (id, trip_id, amount) VALUES (10, 1, 1890.00)");

        assertThat(query("SELECT title || '|' || destination || '|' || CASE WHEN price = 3200.50 THEN 'same price' END FROM trip WHERE id = 2"))
                .isEqualTo("Route 66|Chicago|same price");
        assertThat(query("SELECT CAST(count(*) AS VARCHAR(5)) FROM trip")).isEqualTo("2");
        assertThat(query("SELECT CAST(trip_id AS VARCHAR(5)) FROM invoice")).isEqualTo("1");

        Cli noChange = godwit("diff");
        assertThat(noChange.exitCode()).as(noChange.all()).isZero();
        assertThat(noChange.out()).contains("no changes");
        assertThat(godwit("check").exitCode()).isZero();
        assertThat(godwit("drift").out()).contains("no drift");

        schema(withInvoice + "CREATE TABLE tag (name VARCHAR(50) PRIMARY KEY);\n");
        Cli check = godwit("check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("the desired schema differs").contains("create table tag").contains("godwit diff");

        execute("ALTER TABLE trip ADD COLUMN hotfix VARCHAR(10)");
        Cli drift = godwit("drift");
        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out()).contains("drift[GW-E608]:").containsIgnoringCase("DROP COLUMN hotfix");
    }

    @Test
    void renamesKeepTheirRowsAndDropsNeedConsent() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url() + "\nschema=schema.sql\n");
        godwit("hash");
        String invoice = "CREATE TABLE invoice (\n    id INTEGER PRIMARY KEY,\n    amount DECIMAL(10, 2) NOT NULL\n);\n";
        String trip = TRIP.replace("NOT NULL\n);", "NOT NULL,\n    facture_pdf VARCHAR(255)\n);");
        schema(trip + invoice);
        assertThat(godwit("diff").exitCode()).isZero();
        assertThat(godwit("migrate").exitCode()).isZero();
        execute("INSERT INTO trip (id, title, destination, price, facture_pdf) VALUES (1, 'Naxos', 'Cyclades', 10, 'naxos.pdf')",
                "INSERT INTO invoice (id, amount) VALUES (7, 10)");

        schema(trip.replace("facture_pdf", "invoice_pdf_path") + invoice.replace("TABLE invoice", "TABLE invoices"));
        Cli asked = godwit("diff");
        assertThat(asked.exitCode()).isEqualTo(1);
        assertThat(asked.err()).contains("diff found what may be renames")
                .contains("Did you rename trip.facture_pdf to trip.invoice_pdf_path?  if so: --rename trip.facture_pdf=invoice_pdf_path")
                .contains("Did you rename table invoice to invoices?  if so: --rename invoice=invoices");
        assertThat(godwit("diff", "--rename", "trip.nope=x").err()).contains("--rename trip.nope=x matches no column, table or enum value");

        Cli renamed = godwit("diff", "--rename", "trip.facture_pdf=invoice_pdf_path", "--rename", "invoice=invoices");
        assertThat(renamed.exitCode()).as(renamed.all()).isZero();
        assertThat(migration("V2__")).containsIgnoringCase("RENAME COLUMN facture_pdf TO invoice_pdf_path").containsIgnoringCase("invoice RENAME TO invoices")
                .doesNotContainIgnoringCase("DROP");
        assertThat(godwit("migrate").exitCode()).isZero();
        assertThat(query("SELECT invoice_pdf_path FROM trip WHERE id = 1")).isEqualTo("naxos.pdf");
        assertThat(query("SELECT CAST(id AS VARCHAR(5)) FROM invoices")).isEqualTo("7");
        assertThat(godwit("check").exitCode()).isZero();

        schema(trip.replace("facture_pdf", "invoice_pdf_path").replace(",\n    invoice_pdf_path VARCHAR(255)", "") + invoice.replace("TABLE invoice", "TABLE invoices"));
        Cli refused = godwit("diff");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("the migration would lose data").contains("DATA_LOSS: ").contains("invoice_pdf_path")
                .contains("--allow-data-loss");
        Cli agreed = godwit("diff", "--allow-data-loss", "-m", "drop invoice pdf path");
        assertThat(agreed.exitCode()).as(agreed.all()).isZero();
        assertThat(migration("V3__")).startsWith("-- godwit:allow data-loss\n");
        assertThat(godwit("migrate").exitCode()).isZero();
        assertThat(query("SELECT title FROM trip WHERE id = 1")).isEqualTo("Naxos");
    }

    @Test
    void aSchemaWithASyntaxErrorNamesTheFileAndLine() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("godwit.properties"), "url=" + url() + "\nschema=schema.sql\n");
        godwit("hash");
        schema("CREATE TABLE trip (id INTEGER PRIMARY KEY);\n\n-- a typo below\nCREAT TABLE invoice (id INTEGER);\n");
        Cli cli = godwit("diff");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("error[GW-E603]: schema.sql line 4 (statement 2)").contains("database said:").contains("next: fix schema.sql");
        try (var files = Files.list(dir.resolve("migrations"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("godwit.sum");
        }
    }

    @Test
    void aMissingSourceOrUnknownDialectIsAConfigurationError() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        godwit("hash", "--url", url());
        Cli noSchema = godwit("diff", "--url", url());
        assertThat(noSchema.exitCode()).isEqualTo(2);
        assertThat(noSchema.err()).contains("no desired schema").contains("schema=");
        Cli missing = godwit("diff", "--url", url(), "--schema", "nope.sql");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.sql does not exist");
        Cli dialect = godwit("diff", "--dialect", "oracle", "--schema", "nope.sql");
        assertThat(dialect.exitCode()).isEqualTo(2);
        assertThat(dialect.err()).contains("unknown dialect 'oracle'").contains("postgresql, sqlite");
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
