package dev.godwit.cli;

import dev.godwit.core.problem.ProblemCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.godwit.cli.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite faults: a godwit process killed in the middle of a migration's transaction, and a disk that
 * fills up — while applying a migration, and while writing a migration file or {@code godwit.sum}.
 */
class SqliteFaultTest {

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessKilledInsideTheTransactionLeavesNoTraceAndTheNextRunAppliesTheMigration() throws Exception {
        Path db = dir.resolve("godwit.db");
        Cli.run(dir, "init");
        write(dir, "V1__control.sql", "CREATE TABLE control (n INTEGER NOT NULL);\nINSERT INTO control VALUES (200000000);\n");
        // Counts up to control.n: long enough to be killed in the middle of the first run, short once n is lowered.
        write(dir, "V2__numbers.sql", "CREATE TABLE numbers (n INTEGER NOT NULL);\n"
                + "INSERT INTO numbers WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < (SELECT n FROM control)) SELECT x FROM c;\n");
        Cli.run(dir, "hash");
        assertThat(Cli.run(dir, "migrate", "--target", "1").exitCode()).isZero();

        Process victim = godwitProcess("migrate").start();
        Path journal = dir.resolve("godwit.db-journal");
        for (int i = 0; i < 400 && !Files.exists(journal); i++) {
            Thread.sleep(25);
        }
        assertThat(journal).as("the migration's transaction never started").exists();
        Thread.sleep(200);
        victim.destroyForcibly(); // SIGKILL in the middle of the transaction
        assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // Opening the database rolls the hot journal back: nothing of V2 is left.
            assertThat(count(s, "SELECT count(*) FROM sqlite_master WHERE name = 'numbers'")).isZero();
            assertThat(count(s, "SELECT count(*) FROM godwit_history")).isEqualTo(1);
            s.execute("UPDATE control SET n = 10");
        }
        Cli again = Cli.run(dir, "migrate");
        assertThat(again.exitCode()).as(again.all()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM numbers")).isEqualTo(10);
            assertThat(count(s, "SELECT count(*) FROM godwit_history")).isEqualTo(2);
        }
    }

    @Test
    void aFullDiskWhileApplyingRollsTheMigrationBackAndTheNextRunFinishesOnceThereIsRoom() throws Exception {
        Path disk = smallDisk();
        Cli.run(disk, "init");
        write(disk, "V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\nINSERT INTO trip VALUES (1);\n");
        write(disk, "V2__photos.sql", "CREATE TABLE photo (id INTEGER PRIMARY KEY, data BLOB NOT NULL);\n"
                + "INSERT INTO photo (data) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 400) SELECT randomblob(1000) FROM c;\n");
        Cli.run(disk, "hash");
        assertThat(Cli.run(disk, "migrate", "--target", "1").exitCode()).isZero();
        Path filler = fill(disk, 150 * 1024);

        Cli full = Cli.run(disk, "migrate");
        assertProblem(full, ProblemCode.DISK_FULL, "migration V2__photos.sql failed", "the sqlite database has no space left",
                "nothing was applied: the transaction was rolled back");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + disk.resolve("godwit.db")); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM sqlite_master WHERE name = 'photo'")).isZero();
            assertThat(count(s, "SELECT count(*) FROM godwit_history")).isEqualTo(1);
        }

        Files.delete(filler);
        Cli again = Cli.run(disk, "migrate");
        assertThat(again.exitCode()).as(again.all()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + disk.resolve("godwit.db")); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM photo")).isEqualTo(400);
        }
    }

    @Test
    void aFullDiskWhileWritingAMigrationOrTheSumFileNamesThePathAndLeavesTheOldFileWhole() throws Exception {
        Path disk = smallDisk();
        Cli.run(disk, "init");
        write(disk, "V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        Cli.run(disk, "hash");
        String sum = Files.readString(disk.resolve("migrations/godwit.sum"));
        write(disk, "V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT);\n");
        Path filler = fill(disk, 0);

        assertProblem(Cli.run(disk, "hash"), ProblemCode.CANNOT_WRITE, "cannot write " + disk.resolve("migrations/godwit.sum"), "free space");
        assertThat(Files.readString(disk.resolve("migrations/godwit.sum"))).isEqualTo(sum);
        assertProblem(Cli.run(disk, "new", "add", "invoice"), ProblemCode.SUM_MISMATCH);

        Files.delete(filler);
        assertThat(Cli.run(disk, "hash").exitCode()).isZero();
        Path again = fill(disk, 0);
        assertProblem(Cli.run(disk, "new", "add", "invoice"), ProblemCode.CANNOT_WRITE, "V2__add_invoice.sql");
        try (var files = Files.list(disk.resolve("migrations"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("godwit.sum", "V1__trip.sql");
        }
        Files.delete(again);
    }

    @Test
    void aReadOnlyMigrationsFolderIsTheUsersProblemNamedWithItsPath() throws Exception {
        Path disk = smallDisk();
        Cli.run(disk, "init");
        Process remount = new ProcessBuilder("mount", "-o", "remount,ro", disk.toString()).inheritIO().start();
        Assumptions.assumeTrue(remount.waitFor(10, TimeUnit.SECONDS) && remount.exitValue() == 0, "skipped: cannot remount the tmpfs read-only");

        Cli created = Cli.run(disk, "new", "add", "invoice");
        assertProblem(created, ProblemCode.CANNOT_WRITE, "cannot write " + disk.resolve("migrations/V1__add_invoice.sql"),
                "Read-only file system", "writable");
        assertProblem(Cli.run(disk, "hash"), ProblemCode.CANNOT_WRITE, "godwit.sum");
    }

    /** A 1 MiB tmpfs, where the machine lets tests mount one (as root); the test is skipped otherwise. */
    private Path smallDisk() throws Exception {
        Path target = Files.createDirectories(dir.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", target.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(done, "skipped: cannot mount a small tmpfs here to fill a disk (" + said.strip() + ")");
        mounted = target;
        return target;
    }

    /** Fills the disk until {@code leave} bytes or fewer are free; returns the filler file. */
    private static Path fill(Path disk, long leave) throws IOException {
        Path filler = disk.resolve("filler.bin");
        long free = Files.getFileStore(disk).getUsableSpace();
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            for (long written = 0; written + block.length <= free - leave; written += block.length) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: that is the point
        }
        return filler;
    }

    private static void write(Path project, String name, String sql) throws IOException {
        Files.writeString(project.resolve("migrations").resolve(name), sql, StandardCharsets.UTF_8);
    }

    private ProcessBuilder godwitProcess(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("GODWIT_URL");
        builder.directory(new File(dir.toString()));
        return builder;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
