package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.fleet.FleetRead;
import dev.godwit.core.fleet.Target;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.runner.Godwit;

import java.util.List;
import java.util.Optional;

/**
 * {@code check --live}: what {@code check} cannot see without the database — its history against the
 * files ({@code validate}), then its schema against what its applied migrations produce ({@code drift}) —
 * for the configured database or each target of a fleet. The first problem of each is its finding.
 */
final class LiveCheck {

    private LiveCheck() {
    }

    static Optional<Problem> of(Godwit godwit) {
        List<Problem> history = godwit.validate();
        if (!history.isEmpty()) {
            return Optional.of(history.get(0));
        }
        return drift(godwit);
    }

    /** The database against what its applied migrations produce, as one target's finding ({@code drift --targets} too). */
    static Optional<Problem> drift(Godwit godwit) {
        Godwit.Drift drift = godwit.drift();
        if (drift.none()) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(drift.reconcile().isEmpty() ? ProblemCode.UNMODELLED_DIFFERS : ProblemCode.DRIFT,
                drift.unmodelled().isEmpty()
                        ? Message.of("cli.live.drift", "version", drift.version() == null ? "none" : drift.version(), "steps", drift.reconcile().steps().size())
                        : Message.of("cli.live.drift-unmodelled", "version", drift.version() == null ? "none" : drift.version(),
                                "steps", drift.reconcile().steps().size(), "unmodelled", drift.unmodelled().size()),
                List.of(), Message.of("cli.live.drift.next")));
    }

    /** One finding per target, {@code parallel} targets at a time; the configured database alone when {@code targets} is null. */
    static List<FleetRead.Finding> findings(GodwitConfig config, Godwit single, List<Target> targets, int parallel) {
        if (targets == null) {
            return List.of(new FleetRead.Finding(new Target(dev.godwit.core.spi.Redaction.url(config.connection().url()), config.connection(), null), safely(single)));
        }
        return FleetRead.each(config, targets, parallel, LiveCheck::of);
    }

    private static Optional<Problem> safely(Godwit godwit) {
        try {
            return of(godwit);
        } catch (dev.godwit.core.problem.GodwitException e) {
            return Optional.of(e.problem());
        }
    }
}
