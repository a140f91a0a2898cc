package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The README's first command: godwit's main job, narrated, on an SQLite file in a temporary
 * folder. It runs the real commands in this process and shows their real output.
 */
@Command(name = "tour", description = {
        "A narrated tour on an embedded SQLite database: nothing to install.",
        "A two-minute tour on an embedded SQLite database (nothing to install): the Odyssée trips app's migrations",
        "applied, checked and protected from the failures that break deploys."})
final class TourCommand extends Subcommand {

    @Option(names = "--keep", description = "keep the tour's folder to explore it afterwards (its path is printed)")
    boolean keep;

    private Path folder;

    @Override
    public Integer call() throws IOException, java.sql.SQLException {
        folder = Files.createTempDirectory("godwit-tour-");
        PrintStream out = console().out();
        try {
            say(Message.of("cli.tour.intro", "folder", folder));
            run("init");
            Files.writeString(folder.resolve("godwit.properties"), "url=jdbc:sqlite:odyssee.db\nmigrations=migrations\nschema=schema.sql\n");

            say(Message.of("cli.tour.model"));
            model(TRIP);
            say(Message.of("cli.tour.diff"));
            run("diff", "-m", "create trip");
            run("migrate");
            book();

            say(Message.of("cli.tour.invoices"));
            model(TRIP.replace("NOT NULL\n);", "NOT NULL,\n    facture_pdf VARCHAR(255)\n);"));
            run("diff", "-m", "add facture pdf");
            run("status");
            say(Message.of("cli.tour.deploy"));
            run("migrate");
            say(Message.of("cli.tour.replica"));
            run("migrate");

            say(Message.of("cli.tour.titles"));
            model(TRIP.replace("VARCHAR(200) NOT NULL,\n    destination", "VARCHAR(500) NOT NULL,\n    destination")
                    .replace("NOT NULL\n);", "NOT NULL,\n    facture_pdf VARCHAR(255)\n);"));
            run("diff", "-m", "longer titles");
            run("migrate");
            say(Message.of("cli.tour.booked", "trip", booked()));

            say(Message.of("cli.tour.server"));
            String model = Files.readString(folder.resolve("schema.sql"));
            model(model.replace("facture_pdf VARCHAR(255)\n", "facture_pdf VARCHAR(255),\n    invoice_ref VARCHAR(255)\n"));
            run("diff", "-m", "invoice ref");
            run("migrate");
            Path v4 = folder.resolve("migrations/V4__invoice_ref.sql");
            say(Message.of("cli.tour.laptop"));
            Files.delete(v4);
            Files.delete(folder.resolve("migrations/U4__invoice_ref.sql"));
            run("hash");
            String laptop = model.replace("facture_pdf VARCHAR(255)\n", "facture_pdf VARCHAR(255),\n    invoice_ref VARCHAR(500)\n")
                    + "CREATE INDEX trip_invoice_ref_idx ON trip (invoice_ref);\n";
            model(laptop);
            run("diff", "-m", "invoice ref");
            say(Message.of("cli.tour.alembic"));
            run("status");
            run("migrate");
            say(Message.of("cli.tour.repair"));
            run("repair");
            say(Message.of("cli.tour.fix"));
            Files.delete(v4);
            Files.delete(folder.resolve("migrations/U4__invoice_ref.sql"));
            run("recover", "4");
            run("diff", "-m", "longer invoice ref");
            run("migrate");
            run("validate");

            say(Message.of("cli.tour.ci"));
            model(laptop + "CREATE TABLE invoice (\n    id      INTEGER PRIMARY KEY,\n"
                    + "    trip_id INTEGER NOT NULL REFERENCES trip (id),\n    amount  DECIMAL(10, 2) NOT NULL\n);\n");
            run("check");
            run("diff", "-m", "add invoice");
            run("migrate");
            run("check");
            say(Message.of("cli.tour.end"));
            if (keep) {
                say(Message.of("cli.tour.kept", "folder", folder));
            }
            out.flush();
            return 0;
        } finally {
            if (!keep) {
                deleteRecursively(folder);
            }
        }
    }

    private static final String TRIP = """
            CREATE TABLE trip (
                id          INTEGER PRIMARY KEY,
                title       VARCHAR(200) NOT NULL,
                destination VARCHAR(200) NOT NULL,
                price       DECIMAL(10, 2) NOT NULL
            );
            """;

    private void model(String sql) throws IOException {
        Files.writeString(folder.resolve("schema.sql"), sql, StandardCharsets.UTF_8);
        console().line(Message.of("cli.tour"));
        sql.lines().forEach(line -> console().line(Message.of("cli.tour-2", "line", line)));
    }

    /** The app books a trip: a row that every later migration must keep. */
    private void book() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("odyssee.db"));
             java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO trip (id, title, destination, price) VALUES (1, 'Cyclades en voilier', 'Naxos', 1890.00)");
        }
        say(Message.of("cli.tour.book"));
    }

    private String booked() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("odyssee.db"));
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT title || ', ' || destination FROM trip WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : "(missing!)";
        }
    }

    /** A line of narration; a numbered step, and the end, start after a blank line. */
    private void say(Message message) {
        String text = console().text(message);
        console().line(text.isEmpty() || text.startsWith("\n") || Character.isDigit(text.charAt(0)) ? "\n" + text : text);
    }

    private void run(String... args) {
        console().line(Message.of("cli.tour-3", "arguments", String.join(" ", java.util.Arrays.stream(args).map(a -> a.contains(" ") ? '"' + a + '"' : a).toList())));
        PrintStream indented = new PrintStream(new IndentingStream(console().out()), true, StandardCharsets.UTF_8);
        // A clean environment: the tour must not touch a database named by the user's GODWIT_URL or DATABASE_URL.
        // Only the language is passed on, so that the commands speak as the narration does.
        int code = Main.run(args, folder, Map.of("GODWIT_LANG", console().language().tag()), indented, indented, false);
        indented.flush();
        if (code != 0) {
            console().line(Message.of("cli.tour-4", "code", code));
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw FileProblems.cannotWrite(root, e);
        }
    }

    /** Indents every line written through it, so a command's output stands apart from the narration. */
    private static final class IndentingStream extends java.io.OutputStream {
        private final PrintStream target;
        private boolean lineStart = true;

        IndentingStream(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (lineStart) {
                target.print("    ");
                lineStart = false;
            }
            target.write(b);
            if (b == '\n') {
                lineStart = true;
            }
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
