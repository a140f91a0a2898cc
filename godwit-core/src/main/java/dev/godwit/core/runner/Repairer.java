package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.history.HistoryEntry;
import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.SumFile;
import dev.godwit.core.migration.Version;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.status.MigrationStatus;
import dev.godwit.core.status.StatusCalculator.Tolerance;
import dev.godwit.core.status.StatusReport;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites history to what the live schema proves — only on an exact fingerprint match. History
 * stays append-only: each correction is a {@code repair} row of its own, saying what it
 * established and carrying the live fingerprint.
 */
final class Repairer {

    private final Session session;
    private final DevSettings dev;

    Repairer(Session session, DevSettings dev) {
        this.session = session;
        this.dev = dev;
    }

    RepairResult repair(boolean dryRun) throws SQLException {
        if (!session.history.exists(session.connection)) {
            throw GodwitException.of(ProblemCode.NO_HISTORY, Message.of("run.no-history"), Message.of("run.no-history.next"));
        }
        session.refresh();
        StatusReport report = session.status(Tolerance.NONE);
        LiveTruth truth = new LiveTruth(session.dialect, dev, session.local);
        LiveTruth.Finding finding = truth.find(session.connection);
        if (finding.matches().isEmpty()) {
            Optional<Version> compared = report.current().or(() -> session.local.migrations().latest());
            LiveTruth.Comparison comparison = truth.compare(finding.live(), compared);
            return new RepairResult(Optional.empty(), List.of(), compared, comparison.differences(), comparison.reconcile(), dryRun);
        }
        Optional<Version> at = LiveTruth.choose(finding, report.current());
        List<HistoryEntry> entries = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        String because = "the live schema (fingerprint " + SumFile.abbreviate(finding.fingerprint()) + ") is what the files produce at "
                + LiveTruth.name(at);
        for (MigrationStatus status : report.migrations()) {
            boolean shouldBeApplied = at.isPresent() && !status.version().isNewerThan(at.get());
            MigrationState state = status.state();
            if (state == MigrationState.BASELINE || state == MigrationState.BELOW_BASELINE) {
                continue;
            }
            if (shouldBeApplied && status.script() != null && state != MigrationState.APPLIED) {
                String action = "V" + status.version() + " is applied, as " + status.script().fileName() + " (was " + state.code() + ")";
                actions.add(action);
                entries.add(entry(status, status.script(), session.local.checksum(status.script()), action + ": " + because, finding));
            } else if ((!shouldBeApplied || status.script() == null) && (state.isInDatabase() || state == MigrationState.FAILED)) {
                String action = "V" + status.version() + " is not applied (was " + state.code() + ")";
                actions.add(action);
                entries.add(entry(status, status.script(), null, action + ": " + because, finding));
            }
        }
        if (!dryRun && !entries.isEmpty()) {
            session.dialect.transactions().begin(session.connection, session.settings);
            try {
                for (HistoryEntry entry : entries) {
                    session.append(entry);
                    session.committed();
                }
                session.dialect.transactions().commit(session.connection);
            } catch (SQLException | RuntimeException e) {
                session.dialect.transactions().rollback(session.connection);
                throw e;
            }
        }
        return new RepairResult(Optional.of(at), actions, at, List.of(), new Plan(List.of()), dryRun);
    }

    private static HistoryEntry entry(MigrationStatus status, MigrationScript script, String checksum, String detail, LiveTruth.Finding finding) {
        return new HistoryEntry(HistoryKind.REPAIR, status.version(), status.description(), script == null ? null : script.fileName(),
                checksum, null, finding.fingerprint(), 0, true, detail);
    }
}
