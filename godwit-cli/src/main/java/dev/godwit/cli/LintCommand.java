package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.lint.Rule;
import dev.godwit.core.trace.MigrationTraces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = OutputFormat.DESCRIPTION)
    String format;

    @Option(names = "--rules", description = "list every rule: code, name, and whether it is on by default (the hygiene family is off)")
    boolean rules;

    @Option(names = "--trace", description = {"run the migrations (the given ones, else the newest) on the dev database after the ones before them,",
            "print the locks, rewrites and full-table reads each statement took (PostgreSQL), and lint with that as evidence; rolled back"})
    boolean trace;

    @Override
    public Integer call() {
        if (rules) {
            for (Rule rule : Rule.values()) {
                console().line(String.format("%s  %-40s %s", rule.code(), rule.slug(), rule.hygiene() ? "off (hygiene: lint." + rule.code() + "=warning turns it on)"
                        : rule.traceOnly() ? "on, with --trace (seen by the lock trace)" : "on"));
            }
            console().line(Message.of("cli.lint", "count", Rule.values().length));
            return 0;
        }
        OutputFormat output = OutputFormat.parse(format, json);
        dev.godwit.core.runner.Godwit godwit = godwit();
        List<MigrationTraces.MigrationTrace> traces = trace ? MigrationTraces.of(godwit.config(), godwit.dialect(), files) : List.of();
        List<Finding> findings = trace ? traces.stream().flatMap(t -> t.lint().findings().stream()).toList() : godwit.lint(files);
        List<Finding> cleared = traces.stream().flatMap(t -> t.lint().cleared().stream()).toList();
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
        switch (output) {
            case GITHUB, SARIF -> FindingsPrinter.machine(console(), output, findings, godwit.config().migrations(), root.context.workingDirectory());
            case JSON -> {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("ok", !errors);
                document.put("findings", FindingsPrinter.json(findings));
                if (trace) {
                    document.put("clearedByTrace", FindingsPrinter.json(cleared));
                    document.put("traces", TracePrinter.json(traces));
                }
                console().json(document);
            }
            case TEXT -> {
                traces.forEach(t -> TracePrinter.print(console(), t));
                FindingsPrinter.cleared(console().out(), cleared, console());
                if (findings.isEmpty()) {
                    console().line(Message.of("cli.lint-2"));
                } else {
                    FindingsPrinter.text(console().out(), findings, console());
                }
            }
        }
        return errors ? 1 : 0;
    }
}
