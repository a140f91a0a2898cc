package dev.godwit.cli;

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
        "A two-minute tour on an embedded SQLite database (nothing to install): the Odyssée trips app's migrations",
        "applied, checked and protected from the failures that break deploys."})
final class TourCommand extends Subcommand {

    @Option(names = "--keep", description = "keep the tour's folder to explore it afterwards (its path is printed)")
    boolean keep;

    private Path folder;

    @Override
    public Integer call() throws IOException {
        folder = Files.createTempDirectory("godwit-tour-");
        PrintStream out = console().out();
        try {
            say("""
                    godwit tour — the Odyssée travel agency keeps trips in a database.
                    Working in %s on an SQLite file: nothing to install, nothing outside this folder.
                    """.formatted(folder));
            run("init");
            say("1. The first migration creates the trip table. Migration files are plain SQL named V<version>__<what>.sql.");
            write("V1__create_trip.sql", """
                    CREATE TABLE trip (
                        id          INTEGER PRIMARY KEY,
                        title       VARCHAR(200) NOT NULL,
                        destination VARCHAR(200) NOT NULL,
                        price       DECIMAL(10, 2) NOT NULL
                    );
                    INSERT INTO trip (title, destination, price) VALUES ('Cyclades en voilier', 'Naxos', 1890.00);
                    """);
            say("`godwit hash` records each file's checksum in migrations/godwit.sum: an edit, or two branches adding");
            say("a migration at once, shows up there (as a git conflict) before it reaches production.");
            run("hash");
            run("migrate");
            say("\n2. The app gets invoices as PDF: a new migration adds trip.facture_pdf.");
            write("V2__add_facture_pdf.sql", "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255);\n");
            run("hash");
            run("status");
            say("On deploy, `godwit migrate` applies what is pending, exactly once, under a lock, each migration in a transaction:");
            run("migrate");
            say("Running it again (a second replica starting) finds nothing to do:");
            run("migrate");
            say("\n3. The failure of the user story: someone edits V2, already applied in production, instead of writing V3.");
            write("V2__add_facture_pdf.sql", "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(500);\n");
            run("hash");
            say("godwit compares every applied migration's checksum with its file, and refuses to guess:");
            run("status");
            run("migrate");
            say("The fix is to restore V2 as it ran and put the change in a new migration:");
            write("V2__add_facture_pdf.sql", "ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255);\n");
            write("V3__add_invoice.sql", """
                    CREATE TABLE invoice (
                        id      INTEGER PRIMARY KEY,
                        trip_id INTEGER NOT NULL REFERENCES trip (id),
                        amount  DECIMAL(10, 2) NOT NULL
                    );
                    """);
            write("U3__add_invoice.sql", "DROP TABLE invoice;\n");
            run("hash");
            run("migrate");
            say("\n4. A migration that fails is rolled back whole: no half-applied schema, no history row.");
            write("V4__broken.sql", "CREATE TABLE tag (name VARCHAR(50));\nINSERT INTO no_such_table VALUES (1);\n");
            run("hash");
            run("migrate");
            Files.delete(folder.resolve("migrations/V4__broken.sql"));
            run("hash");
            say("And `godwit undo` runs the U file of the newest migration:");
            run("undo");
            run("status");
            say("""

                    That was godwit. Next:
                      godwit init                 in your project, then `godwit new <description>` and `godwit migrate`
                      godwit status --json        for scripts and CI
                      DATABASE_URL=postgres://user:pass@host:5432/db godwit migrate    as your PaaS pre-deploy command
                      godwit --help               every command""");
            if (keep) {
                say("The tour's files are in " + folder + " (cd there and try `godwit status`).");
            }
            out.flush();
            return 0;
        } finally {
            if (!keep) {
                deleteRecursively(folder);
            }
        }
    }

    private void say(String text) {
        console().line(text);
    }

    private void write(String name, String sql) throws IOException {
        Path file = folder.resolve("migrations").resolve(name);
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        console().line("\n  # migrations/" + name);
        sql.lines().forEach(line -> console().line("  | " + line));
    }

    private void run(String... args) {
        console().line("\n  $ godwit " + String.join(" ", args));
        PrintStream indented = new PrintStream(new IndentingStream(console().out()), true, StandardCharsets.UTF_8);
        // A clean environment: the tour must not touch a database named by the user's GODWIT_URL or DATABASE_URL.
        int code = Main.run(args, folder, Map.of(), indented, indented, false);
        indented.flush();
        if (code != 0) {
            console().line("  (exit code " + code + ")");
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
