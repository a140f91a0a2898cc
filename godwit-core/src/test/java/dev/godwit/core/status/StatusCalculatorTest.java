package dev.godwit.core.status;

import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Migrations;
import dev.godwit.core.migration.ScriptKind;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status of each migration from its files and its history, without a database: files and rows
 * in, states and problem codes out — one row of the table per situation the runner must tell apart.
 */
class StatusCalculatorTest {

    /**
     * @param files    {@code version:checksum} of each V file, and {@code Uversion} for an undo file
     * @param history  rows in rank order: {@code kind version [checksum] [failed]}
     * @param states   {@code version=state} of every version, in order
     * @param problems the problem codes raised
     */
    record Row(String situation, String files, String history, String tolerance, String states, String problems) {
        @Override
        public String toString() {
            return situation;
        }
    }

    static Stream<Row> table() {
        return Stream.of(
                new Row("nothing applied", "1:a 2:b", "", "", "1=pending 2=pending", ""),
                new Row("all applied", "1:a 2:b", "apply 1 a; apply 2 b", "", "1=applied 2=applied", ""),
                new Row("a file edited after it ran", "1:a 2:x", "apply 1 a; apply 2 b", "", "1=applied 2=changed", "GW-E500"),
                new Row("a file gone (the Alembic case)", "1:a", "apply 1 a; apply 2 b", "", "1=applied 2=missing", "GW-E501"),
                new Row("an older file added after a newer one ran", "1:a 2:b 3:c", "apply 1 a; apply 3 c", "", "1=applied 2=out-of-order 3=applied", "GW-E503"),
                new Row("… and allowed", "1:a 2:b 3:c", "apply 1 a; apply 3 c", "out-of-order", "1=applied 2=out-of-order 3=applied", ""),
                new Row("a no-transaction migration that failed", "1:a 2:b", "apply 1 a; apply 2 b failed", "", "1=applied 2=failed", "GW-E502"),
                new Row("… retried", "1:a 2:b", "apply 1 a; apply 2 b failed", "retry-failed", "1=applied 2=failed", ""),
                new Row("a process killed mid-migration", "1:a 2:b", "apply 1 a; start 2 b; progress 2", "", "1=applied 2=failed", "GW-E502"),
                new Row("undone", "1:a 2:b U2", "apply 1 a; apply 2 b; undo 2", "", "1=applied 2=pending", ""),
                new Row("undone and applied again", "1:a 2:b U2", "apply 1 a; apply 2 b; undo 2; apply 2 b", "", "1=applied 2=applied", ""),
                new Row("a baseline", "1:a 2:b 3:c", "baseline 2", "", "1=below-baseline 2=baseline 3=pending", ""),
                new Row("repair found it applied", "1:a 2:b", "apply 1 a; apply 2 b failed; repair 2 b", "", "1=applied 2=applied", ""),
                new Row("repair found it not applied", "1:a 2:b", "apply 1 a; apply 2 b failed; repair 2", "", "1=applied 2=pending", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachSituationHasItsStatesAndProblems(Row row) {
        Path folder = Path.of("migrations");
        List<MigrationScript> versioned = new ArrayList<>();
        Map<Version, MigrationScript> undo = new TreeMap<>();
        Map<Path, String> checksums = new HashMap<>();
        for (String file : row.files().split(" ")) {
            if (file.startsWith("U")) {
                Version v = Version.parse(file.substring(1));
                undo.put(v, new MigrationScript(ScriptKind.UNDO, v, "m" + v, folder.resolve("U" + v + "__m.sql")));
                continue;
            }
            String[] parts = file.split(":");
            Version v = Version.parse(parts[0]);
            Path path = folder.resolve("V" + v + "__m.sql");
            versioned.add(new MigrationScript(ScriptKind.VERSIONED, v, "m" + v, path));
            checksums.put(path, parts[1]);
        }
        List<HistoryRow> history = new ArrayList<>();
        int rank = 0;
        for (String entry : row.history().isEmpty() ? new String[0] : row.history().split("; ")) {
            String[] w = entry.split(" ");
            HistoryKind kind = HistoryKind.valueOf(w[0].toUpperCase(java.util.Locale.ROOT));
            String checksum = w.length > 2 && !w[2].equals("failed") ? w[2] : null;
            boolean failed = entry.endsWith(" failed");
            history.add(new HistoryRow(++rank, kind, Version.parse(w[1]), "m" + w[1], "V" + w[1] + "__m.sql", checksum, null, "test",
                    "2026-12-01T10:00:00Z", 1, !failed, kind == HistoryKind.PROGRESS ? "statement 1 (line 1)" : null));
        }
        StatusCalculator.Tolerance tolerance = new StatusCalculator.Tolerance(row.tolerance().contains("out-of-order"), row.tolerance().contains("retry-failed"));

        StatusReport report = StatusCalculator.compute(new Migrations(folder, versioned, undo), checksums, history, tolerance);

        assertThat(report.migrations().stream().map(s -> s.version() + "=" + s.state().code()).collect(Collectors.joining(" ")))
                .isEqualTo(row.states());
        assertThat(report.problems().stream().map(Problem::code).map(c -> c.code()).collect(Collectors.joining(" "))).isEqualTo(row.problems());
    }
}
