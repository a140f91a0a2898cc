package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.generate.VersionFingerprints;
import dev.godwit.core.history.ForeignHistory;
import dev.godwit.core.history.HistoryEntry;
import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Placeholders;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.status.StatusCalculator.Tolerance;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adopts a database godwit did not create: records the version its live schema proves, and, when
 * Flyway or Liquibase kept it, checks that proof against where their history says it is.
 */
final class Baseliner {

    private final Session session;
    private final DevSettings dev;
    private final Placeholders placeholders;
    private final JavaCode code;

    Baseliner(Session session, DevSettings dev, Placeholders placeholders, JavaCode code) {
        this.session = session;
        this.dev = dev;
        this.placeholders = placeholders;
        this.code = code;
    }

    /** What the proof established: the version, and whether the repeatable migrations are part of it. */
    private record Proof(Version version, String fingerprint, boolean withRepeatable, String how) {
    }

    Godwit.BaselineResult baseline(Godwit.BaselineRequest request) throws SQLException {
        session.readIfPresent();
        if (!session.rows().isEmpty()) {
            Optional<Version> current = session.status(Tolerance.NONE).current();
            throw GodwitException.of(ProblemCode.ALREADY_MANAGED, Message.of("run.already-managed", "rows", session.rows().size(), "current", current.map(Version::toString).orElse("none")), Message.of("run.already-managed.next"));
        }
        List<String> tables = session.dialect.tables(session.connection);
        Optional<String> tool = ForeignHistory.toolOf(tables);
        LocalMigrations local = session.local;
        Path directory = local.migrations().directory();
        Path generated = null;
        Optional<ForeignHistory.Position> position = Optional.empty();
        Proof proof;
        if (request.generate()) {
            if (!local.migrations().isEmpty()) {
                throw GodwitException.of(ProblemCode.FILE_EXISTS, Message.of("run.file-exists", "directory", directory), Message.of("run.file-exists.next"));
            }
            Schema live = session.dialect.inspector().inspect(session.connection).without(ForeignHistory.TABLES.keySet());
            generated = BaselineFile.write(directory, live, session.dialect);
            local = LocalMigrations.load(directory, placeholders, code);
            proof = new Proof(Version.parse("1"), VersionFingerprints.of(live), false, "written from the live schema");
        } else if (request.version().isPresent()) {
            proof = new Proof(request.version().get(), VersionFingerprints.of(session.dialect.inspector().inspect(session.connection)), false,
                    "--version " + request.version().get() + " (not verified)");
        } else {
            position = ForeignHistory.position(session.connection, tables, local);
            proof = prove(local, tool, position);
        }
        session.history.create(session.connection);
        MigrationScript script = local.migrations().versioned(proof.version()).orElse(null);
        String description = script == null ? "baseline" : script.description();
        String detail = "recorded by baseline: " + proof.how() + tool.map(t -> "; adopted from " + t).orElse("");
        session.append(new HistoryEntry(HistoryKind.BASELINE, proof.version(), description, script == null ? null : script.fileName(),
                script == null ? null : local.checksum(script), null, proof.fingerprint(), 0, true, detail));
        session.refresh();
        List<MigrationScript> repeatable = proof.withRepeatable() ? local.migrations().repeatable() : List.of();
        for (MigrationScript r : repeatable) {
            // The live schema holds what these files make as they are now: migrate must not run them again.
            session.append(new HistoryEntry(HistoryKind.BASELINE, null, r.description(), r.fileName(), local.checksum(r), null, null, 0, true,
                    "recorded by baseline: part of the live schema at V" + proof.version()));
            session.refresh();
        }
        return new Godwit.BaselineResult(proof.version(), tool, generated, position, repeatable);
    }

    /**
     * The version the live schema matches: among the versions' fingerprints, or, when none matches,
     * the version (the other tool's, else the newest) followed by the repeatable migrations.
     */
    private Proof prove(LocalMigrations local, Optional<String> tool, Optional<ForeignHistory.Position> position) throws SQLException {
        LiveTruth truth = new LiveTruth(session.dialect, dev, local);
        LiveTruth.Finding finding = truth.find(session.connection);
        Optional<Version> said = position.map(ForeignHistory.Position::version);
        Optional<Version> expected = said.isPresent() ? said : local.migrations().latest();
        boolean hasRepeatable = !local.migrations().repeatable().isEmpty();
        // Flyway ran the repeatable files after its last version: the database holds them.
        if (hasRepeatable && expected.isPresent() && !finding.matches().contains(expected) && truth.matchesWithRepeatable(finding.live(), expected.get())) {
            return new Proof(expected.get(), finding.fingerprint(), true, "the live schema matched V" + expected.get() + " and the repeatable migrations"
                    + position.map(p -> " (" + p.said() + ")").orElse(""));
        }
        if (finding.matches().isEmpty()) {
            LiveTruth.Comparison comparison = truth.compare(finding.live(), expected, hasRepeatable);
            List<Message> details = new ArrayList<>();
            tool.ifPresent(t -> details.add(Message.of("run.baseline.managed-by", "tool", t)));
            position.ifPresent(p -> details.add(Message.verbatim(p.said())));
            details.add(Message.of(hasRepeatable ? "run.baseline.differences-repeatable" : "run.baseline.differences", "version", LiveTruth.name(expected)));
            comparison.differences().forEach(d -> details.add(Message.verbatim("  " + d)));
            throw new GodwitException(Problem.of(ProblemCode.NO_MATCHING_VERSION, Message.of("run.baseline.no-match"), details,
                    Message.of("run.baseline.no-match.next")));
        }
        Optional<Version> chosen = LiveTruth.choose(finding, expected);
        if (chosen.isEmpty()) {
            throw GodwitException.of(ProblemCode.NOTHING_TO_ADOPT, Message.of("run.nothing-to-adopt"), Message.of("run.nothing-to-adopt.next"));
        }
        String how = "the live schema matched V" + chosen.get();
        if (said.isPresent() && !said.equals(chosen)) {
            how += "; " + position.get().tool() + "'s history says V" + said.get() + ", which the schema is not";
        } else if (position.isPresent()) {
            how += " (" + position.get().said() + ")";
        }
        return new Proof(chosen.get(), finding.fingerprint(), false, how);
    }
}
