package dev.godwit.cli;

import dev.godwit.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What godwit does not model (a view on SQLite, a rule on PostgreSQL) is never a silent "no
 * difference": check and drift fail on it, status and diff name it, and repair cannot "prove" a
 * database that differs in it. Run on each dialect, through the command line.
 */
abstract class NotComparedContract {

    @TempDir
    Path dir;

    /** The environment that points godwit at a fresh database of the dialect (and its dev database). */
    abstract Map<String, String> environment();

    /** Changes the live database by hand, as a hotfix in production would. */
    abstract void executeLive(String sql) throws Exception;

    /** The SQL that creates the dialect's unmodelled object in one of three variants (0, 1, 2), on table trip. */
    abstract String unmodelled(int variant);

    /** How it is dropped, for the hotfix. */
    abstract String dropUnmodelled();

    /** Its kind and name as listed, e.g. "view trip_titles". */
    abstract String kind();

    abstract String name();

    private Cli godwit(String... args) {
        return Cli.run(dir, environment(), args);
    }

    private void file(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static final String TABLE = "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100), nights INTEGER);\n";

    @Test
    void aViewBodyThatDiffersFailsCheckDriftAndRepairAndIsNamedEverywhere() throws Exception {
        file("schema.sql", TABLE + unmodelled(1) + ";\n");
        file("migrations/V1__trip.sql", TABLE + unmodelled(0) + ";\n");
        godwit("hash");

        Cli check = godwit("check", "--schema", "schema.sql");
        assertThat(check.exitCode()).as(check.all()).isEqualTo(1);
        assertThat(check.err()).contains("error[" + ProblemCode.UNMODELLED_DIFFERS.code() + "]")
                .contains(kind() + " " + name() + ": its definition differs").contains("godwit does not model 1 " + kind() + " (" + name() + ")");
        Cli checkJson = godwit("check", "--schema", "schema.sql", "--json");
        assertThat(checkJson.out()).contains("\"ok\":false").contains("\"code\":\"" + ProblemCode.UNMODELLED_DIFFERS.code() + "\"")
                .contains("\"notCompared\":{\"" + kind() + "\":1}");

        file("migrations/V1__trip.sql", TABLE + unmodelled(1) + ";\n");
        godwit("hash");
        Cli agrees = godwit("check", "--schema", "schema.sql");
        assertThat(agrees.exitCode()).as(agrees.all()).isZero();
        assertThat(agrees.err()).contains("godwit does not model 1 " + kind() + " (" + name() + ")");

        assertThat(godwit("migrate").exitCode()).isZero();
        Cli status = godwit("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.err()).contains("godwit does not model 1 " + kind() + " (" + name() + ")");
        assertThat(godwit("drift").exitCode()).as(godwit("drift").all()).isZero();

        executeLive(dropUnmodelled());
        executeLive(unmodelled(2));
        Cli drift = godwit("drift");
        assertThat(drift.exitCode()).as(drift.all()).isEqualTo(1);
        assertThat(drift.out()).contains("drift[" + ProblemCode.UNMODELLED_DIFFERS.code() + "]").contains(kind() + " " + name() + ": its definition differs");

        // The files are edited to what production has in its tables, but the view still differs: nothing may be "proven".
        file("migrations/V1__trip.sql", TABLE + unmodelled(1) + ";\n-- edited\n");
        godwit("hash");
        Cli repair = godwit("repair");
        assertThat(repair.exitCode()).as(repair.all()).isEqualTo(1);
        assertThat(repair.err()).contains("matches no version").contains(kind() + " " + name());
        assertThat(godwit("status").exitCode()).as("history unchanged: still a changed file").isEqualTo(1);
    }
}
