package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.generate.CheckResult;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.problem.ProblemCode;
import picocli.CommandLine.Command;

import dev.godwit.core.lint.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "check", description = {
        "For CI: fail when the model, the migrations, godwit.sum or the linter disagree.",
        "For CI: exit 1 when godwit.sum does not match the files, the desired schema differs from what the migrations",
        "produce (printing the difference), or the linter finds an error in a migration. Connects to no target database",
        "unless --live: then each database's history and schema are checked against the files too (a fleet's with --targets)."})
final class CheckCommand extends Subcommand {

    @picocli.CommandLine.Option(names = "--skip-lint", description = "do not lint the migration files")
    boolean skipLint;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = OutputFormat.DESCRIPTION)
    String format;

    @picocli.CommandLine.Option(names = "--live", description = {"also read the database (or each target of --targets / --schemas-like): its history against the files,",
            "then its schema against what its applied migrations produce (validate, then drift)"})
    boolean live;

    @picocli.CommandLine.Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format, json);
        json = output == OutputFormat.JSON;
        List<Finding> findings = skipLint ? List.of() : godwit().lintEveryFile();
        boolean lintErrors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
        if (output == OutputFormat.TEXT) {
            FindingsPrinter.text(console().err(), findings, console());
        }
        CheckResult result = new Generator(config()).check();
        Plan difference = result.plan();
        List<dev.godwit.core.fleet.FleetRead.Finding> liveFindings = liveFindings();
        boolean liveOk = liveFindings.stream().allMatch(f -> f.problem().isEmpty());
        boolean agrees = result.agrees() && liveOk;
        if (output == OutputFormat.GITHUB || output == OutputFormat.SARIF) {
            machine(output, findings, result, liveFindings);
            return agrees && !lintErrors ? 0 : 1;
        }
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", agrees && !lintErrors);
            if (!agrees || lintErrors) {
                document.put("code", (!difference.isEmpty() ? ProblemCode.SCHEMA_DIFFERS
                        : !result.agrees() ? ProblemCode.UNMODELLED_DIFFERS : lintErrors ? ProblemCode.LINT_FAILED : ProblemCode.DRIFT).code());
            }
            document.put("lint", findings.stream().map(f -> f.render()).toList());
            document.put("findings", FindingsPrinter.json(findings));
            document.put("steps", PlanPrinter.json(difference));
            document.put("unmodelled", result.unmodelled());
            document.put("notCompared", NotCompared.json(result.notCompared()));
            if (live) {
                document.put("live", FleetFindings.rows(liveFindings));
            }
            console().json(document);
            return agrees && !lintErrors ? 0 : 1;
        }
        NotCompared.warn(console(), result.notCompared());
        for (dev.godwit.core.fleet.FleetRead.Finding f : liveFindings) {
            if (f.problem().isEmpty()) {
                console().line(Message.of("cli.check-2", "target", f.target().name(), "next", Message.of("cli.check.live-ok")));
                continue;
            }
            Problem p = f.problem().get();
            console().line(Message.of("cli.check-2", "target", f.target().name(), "next", Message.of("cli.check.live-problem", "code", p.code().code(), "summary", p.summaryMessage())));
            if (p.nextMessage() != null) {
                console().line(Message.of("cli.check.live-next", "step", p.nextMessage()));
            }
        }
        if (difference.isEmpty() && !result.unmodelled().isEmpty()) {
            console().error(Message.of("cli.check.unmodelled", "code", ProblemCode.UNMODELLED_DIFFERS.code()));
            result.unmodelled().forEach(u -> console().err().println("  " + u));
            console().error(Message.of("cli.check.unmodelled.next"));
        } else if (difference.isEmpty() && lintErrors) {
            console().error(Message.of("cli.check.lint", "code", ProblemCode.LINT_FAILED.code()));
        } else if (difference.isEmpty() && !liveOk) {
            console().error(Message.of("cli.check.drift", "code", ProblemCode.DRIFT.code(), "count", liveFindings.stream().filter(f -> f.problem().isPresent()).count()));
        } else if (difference.isEmpty()) {
            console().line(Message.of(live ? "cli.check.ok-live" : "cli.check.ok"));
        } else {
            console().error(Message.of("cli.check.differs", "code", ProblemCode.SCHEMA_DIFFERS.code()));
            PlanPrinter.print(new Console(console().err(), console().err(), false, console().language()), difference);
            result.unmodelled().forEach(u -> console().error(Message.of("cli.check.differs.unmodelled", "what", u)));
            console().error(Message.of("cli.check.differs.next"));
        }
        return agrees && !lintErrors ? 0 : 1;
    }

    /** The findings and, when the schemas differ, one more result on the desired schema's first line. */
    private List<dev.godwit.core.fleet.FleetRead.Finding> liveFindings() {
        if (!live) {
            if (fleet.targets != null || fleet.schemasLike != null) {
                throw dev.godwit.core.problem.GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("cli.bad-argument-2"), Message.of("cli.bad-argument-2.next"));
            }
            return List.of();
        }
        dev.godwit.core.config.GodwitConfig config = config();
        List<dev.godwit.core.fleet.Target> targets = fleet.active(config) ? fleet.resolve(config, root.context.environment(), root.context.workingDirectory()) : null;
        return LiveCheck.findings(config, targets == null ? godwit() : null, targets, fleet.parallel);
    }

    private void machine(OutputFormat output, List<Finding> findings, CheckResult result, List<dev.godwit.core.fleet.FleetRead.Finding> liveFindings) {
        java.nio.file.Path here = root.context.workingDirectory();
        Plan difference = result.plan();
        Sarif.Extra differs = null;
        if (!difference.isEmpty() || !result.unmodelled().isEmpty()) {
            StringBuilder what = new StringBuilder("the desired schema differs from what the migrations produce:");
            difference.steps().forEach(step -> what.append("\n- ").append(step.description()));
            result.unmodelled().forEach(u -> what.append("\n- (by hand) ").append(u));
            what.append("\nnext: run `godwit diff` (or `./mvnw godwit:diff`) and commit the migration");
            String schema = config().schema() == null ? null : GithubAnnotations.relative(config().schema(), here.toAbsolutePath().normalize());
            differs = new Sarif.Extra((difference.isEmpty() ? ProblemCode.UNMODELLED_DIFFERS : ProblemCode.SCHEMA_DIFFERS).code(), "schema-differs",
                    "error", what.toString(), schema, 1);
        }
        List<Sarif.Extra> extras = new java.util.ArrayList<>();
        if (differs != null) {
            extras.add(differs);
        }
        for (dev.godwit.core.fleet.FleetRead.Finding f : liveFindings) {
            f.problem().ifPresent(p -> extras.add(new Sarif.Extra(p.code().code(), "live-database", "error",
                    f.target().name() + ": " + p.summary() + (p.next() == null ? "" : "\nnext: " + p.next()), null, 0)));
        }
        if (output == OutputFormat.SARIF) {
            Sarif sarif = new Sarif(config().migrations(), here).findings(findings);
            extras.forEach(sarif::extra);
            console().json(sarif.log());
            return;
        }
        GithubAnnotations.findings(console(), findings, config().migrations(), here);
        for (Sarif.Extra extra : extras) {
            console().line(GithubAnnotations.annotation("error", extra.file(), extra.line(), extra.ruleId() + " " + extra.name(), extra.message()));
        }
    }
}
