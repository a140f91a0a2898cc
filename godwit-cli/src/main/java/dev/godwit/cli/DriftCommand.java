package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.ProblemCode;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "drift", description = {
        "Compare the live database with what its applied migrations produce.",
        "Compare the live database with what its applied migrations produce (replayed on a dev database); print what",
        "differs and the SQL that would bring it back. Exit 1 on drift."})
final class DriftCommand extends Subcommand {

    @picocli.CommandLine.Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        if (fleet.active(config())) {
            dev.godwit.core.config.GodwitConfig config = config();
            return FleetFindings.print(console(), json, "drift", dev.godwit.core.fleet.FleetRead.each(config,
                    fleet.resolve(config, root.context.environment(), root.context.workingDirectory()), fleet.parallel, LiveCheck::drift));
        }
        Godwit.Drift drift = godwit().drift();
        String version = drift.version() == null ? "none" : drift.version().toString();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", drift.none());
            if (!drift.none()) {
                document.put("code", (drift.reconcile().isEmpty() ? ProblemCode.UNMODELLED_DIFFERS : ProblemCode.DRIFT).code());
            }
            document.put("current", drift.version() == null ? null : drift.version().toString());
            document.put("steps", PlanPrinter.json(drift.reconcile()));
            document.put("unmodelled", drift.unmodelled());
            document.put("notCompared", NotCompared.json(drift.notCompared()));
            console().json(document);
            return drift.none() ? 0 : 1;
        }
        NotCompared.warn(console(), drift.notCompared());
        if (drift.none()) {
            console().line(Message.of("cli.drift", "version", version));
        } else if (drift.reconcile().isEmpty()) {
            console().line(Message.of("cli.drift-2", "code", ProblemCode.UNMODELLED_DIFFERS.code(), "version", version));
            drift.unmodelled().forEach(u -> console().line(Message.of("cli.drift-3", "difference", u)));
            console().line(Message.of("cli.drift-4"));
        } else {
            console().line(Message.of("cli.drift-5", "code", ProblemCode.DRIFT.code(), "version", version));
            console().line(Message.of("cli.drift-6"));
            PlanPrinter.print(console(), drift.reconcile());
            drift.unmodelled().forEach(u -> console().line(Message.of("cli.drift-7", "differences", u)));
            console().line(Message.of("cli.drift-8"));
        }
        return drift.none() ? 0 : 1;
    }
}
