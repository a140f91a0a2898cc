package dev.godwit.core.status;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Migrations;
import dev.godwit.core.migration.SumFile;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads each migration's state from its file and its history rows. Pure: no I/O.
 *
 * <p>History is append-only, so a version's state is a fold over its rows in rank order: the
 * last {@code apply}, {@code undo} or unfinished {@code start} decides.
 */
public final class StatusCalculator {

    /** What {@code migrate} was told to tolerate. */
    public record Tolerance(boolean outOfOrder, boolean retryFailed) {
        public static final Tolerance NONE = new Tolerance(false, false);
    }

    private StatusCalculator() {
    }

    /**
     * @param checksums checksum of every script in {@code migrations}, by path
     * @param history   every history row, in rank order
     */
    public static StatusReport compute(Migrations migrations, Map<Path, String> checksums, List<HistoryRow> history, Tolerance tolerance) {
        Map<Version, HistoryRow> deciding = new TreeMap<>();
        Map<Version, String> progress = new TreeMap<>();
        Version baseline = null;
        for (HistoryRow row : history) {
            if (row.version() == null) {
                continue;
            }
            switch (row.kind()) {
                case BASELINE -> {
                    baseline = row.version();
                    deciding.put(row.version(), row);
                }
                case PROGRESS -> progress.put(row.version(), row.detail());
                case START -> {
                    progress.remove(row.version());
                    deciding.put(row.version(), row);
                }
                case APPLY, UNDO -> deciding.put(row.version(), row);
                case REPAIR -> {
                    progress.remove(row.version());
                    deciding.put(row.version(), row);
                }
            }
        }

        TreeSet<Version> versions = new TreeSet<>(deciding.keySet());
        migrations.versioned().forEach(m -> versions.add(m.version()));
        Version newestApplied = deciding.values().stream()
                .filter(r -> r.success() && (r.kind() == HistoryKind.APPLY || r.kind() == HistoryKind.BASELINE
                        || (r.kind() == HistoryKind.REPAIR && r.checksum() != null)))
                .map(HistoryRow::version).max(Version::compareTo).orElse(null);

        List<MigrationStatus> statuses = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Version version : versions) {
            MigrationScript script = migrations.versioned(version).orElse(null);
            HistoryRow row = deciding.get(version);
            MigrationStatus status = stateOf(version, script, row, checksums, progress.get(version), baseline, newestApplied);
            statuses.add(status);
            problemOf(status, row, tolerance).map(p -> withOrphanUndo(p, status, migrations)).ifPresent(problems::add);
        }
        for (MigrationScript orphan : migrations.orphanUndo()) {
            boolean known = statuses.stream().anyMatch(s -> s.version().equals(orphan.version()) && s.state() == MigrationState.MISSING);
            if (!known) {
                problems.add(Migrations.orphan(orphan).problem());
            }
        }
        Optional<Version> current = statuses.stream().filter(s -> s.state().isInDatabase())
                .map(MigrationStatus::version).max(Version::compareTo);
        return new StatusReport(statuses, current, problems, List.of(), RepeatableStatus.of(migrations, checksums, history));
    }

    private static MigrationStatus stateOf(Version version, MigrationScript script, HistoryRow row, Map<Path, String> checksums,
                                           String progress, Version baseline, Version newestApplied) {
        String fileChecksum = script == null ? null : script.isJava() ? script.javaChecksum() : checksums.get(script.path());
        String description = script != null ? script.description() : row != null ? row.description() : "";
        // An undo, or a repair that found the version not applied, voids the rows before it.
        boolean inHistory = row != null && row.kind() != HistoryKind.UNDO && !(row.kind() == HistoryKind.REPAIR && row.checksum() == null);
        if (!inHistory) {
            MigrationState state;
            if (baseline != null && !version.isNewerThan(baseline)) {
                state = MigrationState.BELOW_BASELINE;
            } else if (newestApplied != null && newestApplied.isNewerThan(version)) {
                state = MigrationState.OUT_OF_ORDER;
            } else {
                state = MigrationState.PENDING;
            }
            return new MigrationStatus(version, description, state, script, fileChecksum, row, null);
        }
        return switch (row.kind()) {
            case BASELINE -> new MigrationStatus(version, description, MigrationState.BASELINE, script, fileChecksum, row, null);
            case START -> new MigrationStatus(version, description, MigrationState.FAILED, script, fileChecksum, row,
                    "started at " + row.appliedAt() + " outside a transaction and never finished (the process was stopped?); "
                            + (progress == null ? "no statement was recorded as done" : "last recorded: " + progress));
            default -> {
                if (!row.success()) {
                    yield new MigrationStatus(version, description, MigrationState.FAILED, script, fileChecksum, row, row.detail());
                }
                if (script == null) {
                    yield new MigrationStatus(version, description, MigrationState.MISSING, null, row.checksum(), row, null);
                }
                MigrationState state = fileChecksum.equals(row.checksum()) ? MigrationState.APPLIED : MigrationState.CHANGED;
                yield new MigrationStatus(version, description, state, script, fileChecksum, row, null);
            }
        };
    }

    /** A missing file whose undo file is still there: the case `recover` is for. */
    private static Problem withOrphanUndo(Problem problem, MigrationStatus status, Migrations migrations) {
        if (status.state() != MigrationState.MISSING || migrations.undoOf(status.version()).isEmpty()) {
            return problem;
        }
        return Problem.of(problem.code(), problem.summaryMessage(),
                List.of(problem.detailMessages().get(0), Message.of("status.missing.undo-left", "undo", migrations.undoOf(status.version()).get().fileName())),
                Message.of("status.missing.recover", "version", status.version(), "script", status.last().script()));
    }

    private static Optional<Problem> problemOf(MigrationStatus status, HistoryRow row, Tolerance tolerance) {
        String version = status.version().toString();
        String description = status.description();
        return switch (status.state()) {
            case CHANGED -> Optional.of(Problem.of(ProblemCode.CHECKSUM_CHANGED,
                    Message.of("status.changed", "version", version, "description", description, "applied", SumFile.abbreviate(row.checksum()),
                            "file", status.script().fileName(), "now", SumFile.abbreviate(status.checksum())),
                    List.of(Message.of("status.applied-by", "at", row.appliedAt(), "by", row.appliedBy())),
                    Message.of("status.changed.next", "version", version)));
            case MISSING -> Optional.of(Problem.of(ProblemCode.FILE_MISSING,
                    Message.of("status.missing", "version", version, "description", description, "script", row.script(), "at", row.appliedAt()),
                    List.of(Message.of("status.missing.why")),
                    Message.of("status.missing.next", "version", version, "script", row.script())));
            case FAILED -> tolerance.retryFailed() ? Optional.empty() : Optional.of(Problem.of(ProblemCode.FAILED_MIGRATION,
                    status.detail() == null ? Message.of("status.failed", "version", version, "description", description)
                            : Message.of("status.failed.said", "version", version, "description", description, "detail", status.detail()),
                    List.of(Message.of("status.failed.why")),
                    Message.of("status.failed.next")));
            case OUT_OF_ORDER -> tolerance.outOfOrder() ? Optional.empty() : Optional.of(Problem.of(ProblemCode.OUT_OF_ORDER,
                    Message.of("status.out-of-order", "version", version, "description", description),
                    List.of(),
                    Message.of("status.out-of-order.next")));
            default -> Optional.empty();
        };
    }
}
