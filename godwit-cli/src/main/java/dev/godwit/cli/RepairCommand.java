package dev.godwit.cli;

import dev.godwit.core.migration.Version;
import dev.godwit.core.runner.RepairResult;
import dev.godwit.core.problem.ProblemCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

@Command(name = "repair", description = {
        "Fix history to what the live schema proves; otherwise change nothing and show why.",
        "Fix history after a changed checksum, a renamed or missing file, a failed migration or a version unknown to",
        "the files — only when the live schema proves which version the database is really at (its fingerprint equals",
        "what the files produce at that version). Otherwise change nothing, and show the difference and the SQL that",
        "would reconcile it. Every correction is appended to history; nothing is updated or deleted."})
final class RepairCommand extends Subcommand {

    @Option(names = "--dry-run", description = "show what would be recorded; change nothing")
    boolean dryRun;

    @picocli.CommandLine.Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        if (fleet.active(config())) {
            if (!dryRun) {
                throw dev.godwit.core.problem.GodwitException.of(dev.godwit.core.problem.ProblemCode.BAD_ARGUMENT,
                        "repair on a fleet only runs as --dry-run",
                        "run `godwit repair --dry-run --targets …` to see what each target's proof allows, then repair the targets that need it one by one");
            }
            dev.godwit.core.config.GodwitConfig config = config();
            return FleetFindings.print(console(), json, "repair --dry-run", dev.godwit.core.fleet.FleetRead.each(config,
                    fleet.resolve(config, root.context.environment(), root.context.workingDirectory()), fleet.parallel, godwit -> {
                        RepairResult r = godwit.repair(true);
                        if (!r.exact()) {
                            return Optional.of(dev.godwit.core.problem.Problem.of(dev.godwit.core.problem.ProblemCode.NO_MATCHING_VERSION,
                                    "the live schema matches no version the files produce", r.differences(), "run `godwit repair --dry-run` on that target"));
                        }
                        return r.actions().isEmpty() ? Optional.empty() : Optional.of(dev.godwit.core.problem.Problem.of(dev.godwit.core.problem.ProblemCode.REPAIR_AVAILABLE,
                                "history can be corrected: " + String.join("; ", r.actions()), java.util.List.of(), "run `godwit repair` on that target"));
                    }));
        }
        RepairResult result = godwit().repair(dryRun);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", result.exact());
            if (!result.exact()) {
                document.put("code", ProblemCode.NO_MATCHING_VERSION.code());
            }
            document.put("dryRun", result.dryRun());
            document.put("matched", result.matched().map(v -> v.map(Version::toString).orElse("")).orElse(null));
            document.put("actions", result.actions());
            document.put("differences", result.differences());
            document.put("reconcile", PlanPrinter.json(result.reconcile()));
            console().json(document);
            return result.exact() ? 0 : 1;
        }
        if (!result.exact()) {
            console().err().println("error[" + ProblemCode.NO_MATCHING_VERSION.code() + "]: the live schema matches no version the migration files produce; nothing was changed");
            console().err().println("  it differs from what the files produce at " + name(result.compared()) + ":");
            result.differences().forEach(d -> console().err().println("    " + d));
            console().err().println("  this SQL would bring the live schema to it:");
            PlanPrinter.print(new Console(console().err(), console().err(), false), result.reconcile());
            console().err().println("  next: if the database is right, restore the migration that ran (`godwit recover <version>`) and put the"
                    + " difference in a new migration; if the files are right, run that SQL as a migration");
            return 1;
        }
        String at = result.matched().get().map(v -> "V" + v).orElse("no migration");
        if (result.actions().isEmpty()) {
            console().line("nothing to repair: history agrees with the live schema (" + at + ")");
            return 0;
        }
        console().line((result.dryRun() ? "would record" : "recorded") + " (the live schema is what the files produce at " + at + "):");
        result.actions().forEach(a -> console().line("  " + a));
        if (!result.dryRun()) {
            console().line("next: `godwit status`, then `godwit migrate` for what is pending");
        }
        return 0;
    }

    private static String name(Optional<Version> version) {
        return version.map(v -> "V" + v).orElse("no migration");
    }
}
