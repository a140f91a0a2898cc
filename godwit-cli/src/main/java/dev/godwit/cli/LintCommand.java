package dev.godwit.cli;

import dev.godwit.core.lint.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "lint", description = {
        "Hazard analysis of migrations: the given files, else the pending ones (with a database configured), else all.",
        "Each finding has a stable code, a severity, the file and line, and a fix (rules: docs/lint.md).",
        "Exit 1 when a finding is an error. `migrate` and `check` lint too."})
final class LintCommand extends Subcommand {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "migration files to lint")
    List<Path> files = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (as --json), or github: workflow annotations that put each finding on the pull request's diff")
    String format;

    @picocli.CommandLine.Option(names = "--rules", description = "list every rule: code, name, and whether it is on by default (the hygiene family is off)")
    boolean rules;

    @picocli.CommandLine.Option(names = "--trace", description = "run the migrations (the given ones, else the newest) on the dev database after the ones before them, and print the locks and rewrites each statement took (PostgreSQL); rolled back")
    boolean trace;

    @Override
    public Integer call() {
        if (rules) {
            for (dev.godwit.core.lint.Rule rule : dev.godwit.core.lint.Rule.values()) {
                console().line(String.format("%s  %-40s %s", rule.code(), rule.slug(), rule.hygiene() ? "off (hygiene: lint." + rule.code() + "=warning turns it on)" : "on"));
            }
            console().line(dev.godwit.core.lint.Rule.values().length + " rules; levels and ignores: docs/lint.md");
            return 0;
        }
        if (trace) {
            return trace();
        }
        dev.godwit.core.runner.Godwit godwit = godwit();
        List<Finding> findings = godwit.lint(files);
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
        if (format.equals("github")) {
            GithubAnnotations.findings(console(), findings, godwit.config().migrations(), root.context.workingDirectory());
            return errors ? 1 : 0;
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw dev.godwit.core.problem.GodwitException.of(dev.godwit.core.problem.ProblemCode.BAD_ARGUMENT, "--format " + format + " is not a format",
                    "use --format text, json or github");
        }
        if (json || format.equals("json")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Finding f : findings) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", f.rule().code());
                item.put("rule", f.rule().slug());
                item.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                item.put("file", f.file());
                item.put("line", f.line());
                item.put("message", f.message());
                item.put("fix", f.fix());
                items.add(item);
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", !errors);
            document.put("findings", items);
            console().json(document);
        } else if (findings.isEmpty()) {
            console().line("ok: no findings");
        } else {
            findings.forEach(f -> console().line(f.render() + "\n  fix: " + f.fix()));
        }
        return errors ? 1 : 0;
    }

    private int trace() {
        dev.godwit.core.runner.Godwit godwit = godwit();
        List<dev.godwit.core.trace.MigrationTraces.MigrationTrace> traces = dev.godwit.core.trace.MigrationTraces.of(godwit.config(), godwit.dialect(), files);
        if (json) {
            console().json(TracePrinter.json(traces));
        } else {
            traces.forEach(t -> TracePrinter.print(console(), t));
        }
        return 0;
    }
}
