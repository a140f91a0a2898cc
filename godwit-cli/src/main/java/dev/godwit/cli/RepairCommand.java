package dev.godwit.cli;

import dev.godwit.core.message.Message;
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
                        Message.of("cli.repair.fleet"), Message.of("cli.repair.fleet.next"));
            }
            dev.godwit.core.config.GodwitConfig config = config();
            return FleetFindings.print(console(), json, "repair --dry-run", dev.godwit.core.fleet.FleetRead.each(config,
                    fleet.resolve(config, root.context.environment(), root.context.workingDirectory()), fleet.parallel, godwit -> {
                        RepairResult r = godwit.repair(true);
                        if (!r.exact()) {
                            return Optional.of(dev.godwit.core.problem.Problem.of(dev.godwit.core.problem.ProblemCode.NO_MATCHING_VERSION,
                                    Message.of("cli.repair.target.no-match"), r.differences().stream().map(Message::verbatim).toList(),
                                    Message.of("cli.repair.target.no-match.next")));
                        }
                        return r.actions().isEmpty() ? Optional.empty() : Optional.of(dev.godwit.core.problem.Problem.of(dev.godwit.core.problem.ProblemCode.REPAIR_AVAILABLE,
                                Message.of("cli.repair.target.available", "actions", String.join("; ", r.actions())), java.util.List.of(),
                                Message.of("cli.repair.target.available.next")));
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
            console().error(Message.of("cli.repair.no-match", "code", ProblemCode.NO_MATCHING_VERSION.code()));
            console().error(Message.of("cli.repair.no-match.differs", "version", name(result.compared())));
            result.differences().forEach(d -> console().err().println("    " + d));
            console().error(Message.of("cli.repair.no-match.sql"));
            PlanPrinter.print(new Console(console().err(), console().err(), false, console().language()), result.reconcile());
            console().error(Message.of("cli.repair.no-match.next"));
            return 1;
        }
        Optional<Version> matched = result.matched().get();
        String at = matched.isPresent() ? "V" + matched.get() : console().text(Message.of("cli.repair.no-migration"));
        if (result.actions().isEmpty()) {
            console().line(Message.of("cli.repair", "at", at));
            return 0;
        }
        console().line(Message.of(result.dryRun() ? "cli.repair.would-record" : "cli.repair.recorded", "at", at));
        result.actions().forEach(a -> console().line(Message.of("cli.repair-2", "action", a)));
        if (!result.dryRun()) {
            console().line(Message.of("cli.repair-3"));
        }
        return 0;
    }

    private static String name(Optional<Version> version) {
        return version.map(v -> "V" + v).orElse("no migration");
    }
}
