package dev.godwit.core.status;

import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Migrations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A repeatable migration ({@code R__}) and where it stands: history holds one row per time it ran,
 * with the checksum it ran with; the newest decides.
 *
 * @param checksum the file's checksum now
 * @param last     the newest successful run of the file, or {@code null}
 */
public record RepeatableStatus(MigrationScript script, State state, String checksum, HistoryRow last) {

    public enum State {
        /** Never ran here. */
        PENDING,
        /** Ran with the checksum the file has now. */
        APPLIED,
        /** Ran, and the file changed since: the next {@code migrate} runs it again. */
        OUTDATED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the next {@code migrate} runs it. */
    public boolean due() {
        return state != State.APPLIED;
    }

    /** Each repeatable script of {@code migrations}, in the order they are applied. */
    public static List<RepeatableStatus> of(Migrations migrations, Map<Path, String> checksums, List<HistoryRow> history) {
        List<RepeatableStatus> statuses = new ArrayList<>();
        for (MigrationScript script : migrations.repeatable()) {
            String checksum = checksums.get(script.path());
            HistoryRow last = lastRun(script, history);
            State state = last == null ? State.PENDING : checksum.equals(last.checksum()) ? State.APPLIED : State.OUTDATED;
            statuses.add(new RepeatableStatus(script, state, checksum, last));
        }
        return statuses;
    }

    /** Its newest successful run (rows without a version are repeatable runs, named by their file). */
    static HistoryRow lastRun(MigrationScript script, List<HistoryRow> history) {
        HistoryRow last = null;
        for (HistoryRow row : history) {
            if (row.version() == null && (row.kind() == HistoryKind.APPLY || row.kind() == HistoryKind.BASELINE) && row.success() && script.fileName().equals(row.script())) {
                last = row;
            }
        }
        return last;
    }
}
