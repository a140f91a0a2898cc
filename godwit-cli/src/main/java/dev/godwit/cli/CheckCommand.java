package dev.godwit.cli;

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
        "produce (printing the difference), or the linter finds an error in a migration. Never connects to the target database."})
final class CheckCommand extends Subcommand {

    @picocli.CommandLine.Option(names = "--skip-lint", description = "do not lint the migration files")
    boolean skipLint;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = OutputFormat.DESCRIPTION)
    String format;

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format, json);
        json = output == OutputFormat.JSON;
        List<Finding> findings = skipLint ? List.of() : godwit().lintEveryFile();
        boolean lintErrors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
        if (output == OutputFormat.TEXT) {
            FindingsPrinter.text(console().err(), findings);
        }
        CheckResult result = new Generator(config()).check();
        Plan difference = result.plan();
        boolean agrees = result.agrees();
        if (output == OutputFormat.GITHUB || output == OutputFormat.SARIF) {
            machine(output, findings, result);
            return agrees && !lintErrors ? 0 : 1;
        }
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", agrees && !lintErrors);
            if (!agrees || lintErrors) {
                document.put("code", (!difference.isEmpty() ? ProblemCode.SCHEMA_DIFFERS
                        : !agrees ? ProblemCode.UNMODELLED_DIFFERS : ProblemCode.LINT_FAILED).code());
            }
            document.put("lint", findings.stream().map(f -> f.render()).toList());
            document.put("findings", FindingsPrinter.json(findings));
            document.put("steps", PlanPrinter.json(difference));
            document.put("unmodelled", result.unmodelled());
            document.put("notCompared", NotCompared.json(result.notCompared()));
            console().json(document);
            return agrees && !lintErrors ? 0 : 1;
        }
        NotCompared.warn(console(), result.notCompared());
        if (difference.isEmpty() && !result.unmodelled().isEmpty()) {
            console().err().println("error[" + ProblemCode.UNMODELLED_DIFFERS.code() + "]: the desired schema differs from what the migrations produce"
                    + " in what godwit does not model, so diff cannot write it:");
            result.unmodelled().forEach(u -> console().err().println("  " + u));
            console().err().println("  next: write that part of the migration by hand, then run `godwit hash`");
        } else if (difference.isEmpty() && lintErrors) {
            console().err().println("error[" + ProblemCode.LINT_FAILED.code() + "]: lint found errors in the migrations (above); the schema itself matches");
        } else if (difference.isEmpty()) {
            console().line("ok: the migrations produce the desired schema, and godwit.sum matches them");
        } else {
            console().err().println("error[" + ProblemCode.SCHEMA_DIFFERS.code() + "]: the desired schema differs from what the migrations produce; a migration would have to:");
            PlanPrinter.print(new Console(console().err(), console().err(), false), difference);
            result.unmodelled().forEach(u -> console().err().println("  and, in what godwit does not model (write it by hand): " + u));
            console().err().println("  next: run `godwit diff` to write that migration");
        }
        return agrees && !lintErrors ? 0 : 1;
    }

    /** The findings and, when the schemas differ, one more result on the desired schema's first line. */
    private void machine(OutputFormat output, List<Finding> findings, CheckResult result) {
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
        if (output == OutputFormat.SARIF) {
            Sarif sarif = new Sarif(config().migrations(), here).findings(findings);
            if (differs != null) {
                sarif.extra(differs);
            }
            console().json(sarif.log());
            return;
        }
        GithubAnnotations.findings(console(), findings, config().migrations(), here);
        if (differs != null) {
            console().line(GithubAnnotations.annotation("error", differs.file(), differs.line(), differs.ruleId() + " " + differs.name(), differs.message()));
        }
    }
}
