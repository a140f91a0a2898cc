package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.generate.DiffRequest;
import dev.godwit.core.generate.DiffResult;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.trace.MigrationTraces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "diff", description = {
        "Write the next migration from the desired schema (schema.sql or JPA entities).",
        "Write the next migration from the desired schema (schema= / --schema): the migrations are replayed on a",
        "throw-away dev database and compared with it. Never connects to the target database; prints the SQL and",
        "every hazard. Writes the U file when every step can be undone. Nothing changed: writes nothing, exits 0.",
        "Refuses to write a step that loses data without --allow-data-loss (or a yes on a terminal), and asks about",
        "likely renames (without a terminal: refuses and shows the --rename to pass)."})
final class DiffCommand extends Subcommand {

    @Parameters(arity = "0..*", paramLabel = "DESCRIPTION", description = "the migration's description (default: derived from the changes)")
    List<String> words;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "the description, as Flask-Migrate users type it")
    String message;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "a rename, not a drop and an add: table.old_column=new_column or old_table=new_table (repeatable)")
    List<String> renames = new java.util.ArrayList<>();

    @Option(names = "--allow-data-loss", description = "agree to steps that lose data (drops, narrowing types); written into the migration")
    boolean allowDataLoss;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = OutputFormat.DESCRIPTION)
    String format;

    @Option(names = "--no-trace", description = "do not trace the written migration's locks on the dev database (PostgreSQL traces it by default)")
    boolean noTrace;

    private boolean ask(dev.godwit.core.message.Message question) {
        java.io.Console terminal = System.console();
        if (terminal == null) {
            return false;
        }
        String answer = terminal.readLine("%s ", console().text(question));
        // y/yes, and the French o/oui: the prompt says [o/N] in French.
        return answer != null && java.util.Set.of("y", "yes", "o", "oui").contains(answer.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Integer call() {
        OutputFormat output = OutputFormat.parse(format, json);
        json = output == OutputFormat.JSON;
        String description = message != null ? message : words == null || words.isEmpty() ? null : String.join(" ", words);
        DiffRequest.Confirm confirm = console().terminal() && output == OutputFormat.TEXT ? this::ask : null;
        boolean tracing = !noTrace && godwit().dialect().lockTracer().isPresent();
        List<MigrationTraces.MigrationTrace> traces = new java.util.ArrayList<>();
        String[] traceFailed = new String[1];
        DiffResult result = new Generator(config()).diff(new DiffRequest(description, renames, allowDataLoss, confirm), (files, scratch) -> {
            if (tracing) {
                try {
                    traces.addAll(MigrationTraces.of(config(), godwit().dialect(), files, scratch));
                } catch (GodwitException e) {
                    // The migration is written and correct; only the review of its locks failed.
                    traceFailed[0] = e.problem().summary();
                }
            }
        });
        Path cwd = root.context.workingDirectory();
        WrittenReview review = result.changed() ? review(result.files(), traces, traceFailed[0]) : WrittenReview.NONE;
        if (output == OutputFormat.GITHUB || output == OutputFormat.SARIF) {
            FindingsPrinter.machine(console(), output, review.findings(), config().migrations(), cwd);
            return 0;
        }
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("changed", result.changed());
            document.put("files", result.files().stream().map(f -> cwd.relativize(f.toAbsolutePath()).toString()).toList());
            document.put("undoFile", result.undoFile() == null ? null : cwd.relativize(result.undoFile().toAbsolutePath()).toString());
            document.put("steps", PlanPrinter.json(result.plan()));
            document.put("leftovers", result.leftovers());
            document.put("unmodelled", result.unmodelled());
            document.put("notCompared", NotCompared.json(result.notCompared()));
            document.put("findings", FindingsPrinter.json(review.findings()));
            document.put("traces", TracePrinter.json(review.traces()));
            document.put("traceSkipped", review.skipped());
            console().json(document);
            return 0;
        }
        NotCompared.warn(console(), result.notCompared());
        if (!result.unmodelled().isEmpty()) {
            console().notice(Message.of("cli.diff-2", "code", ProblemCode.UNMODELLED_DIFFERS.code()));
            result.unmodelled().forEach(u -> console().notice(Message.of("cli.diff-3", "difference", u)));
        }
        if (!result.changed()) {
            console().line(Message.of("cli.diff.no-changes"));
            return 0;
        }
        String written = String.join(", ", result.files().stream().map(f -> cwd.relativize(f.toAbsolutePath()).toString()).toList());
        console().line(result.undoFile() == null ? Message.of("cli.diff.wrote-no-undo", "files", written)
                : Message.of("cli.diff.wrote", "files", written, "undo", cwd.relativize(result.undoFile().toAbsolutePath())));
        PlanPrinter.print(console(), result.plan());
        if (!result.leftovers().isEmpty()) {
            console().line(Message.of("cli.diff.leftovers"));
            result.leftovers().forEach(l -> console().line(Message.of("cli.diff-4", "leftover", l)));
            console().line(Message.of("cli.diff.leftovers.next"));
        }
        review.traces().forEach(t -> TracePrinter.print(console(), t));
        if (review.skipped() != null) {
            console().line(Message.of("cli.diff.trace-skipped", "reason", review.skipped()));
        }
        FindingsPrinter.cleared(console().out(), review.cleared(), console());
        FindingsPrinter.text(console().out(), review.findings(), console());
        console().line(Message.of("cli.diff.next"));
        return 0;
    }

    /**
     * What a reviewer reads under the written migration: its lint findings, with its lock trace as
     * evidence where the dialect has one.
     *
     * @param skipped why there is no trace, or {@code null}
     */
    private record WrittenReview(List<MigrationTraces.MigrationTrace> traces, List<Finding> findings,
                                 List<Finding> cleared, String skipped) {
        static final WrittenReview NONE = new WrittenReview(List.of(), List.of(), List.of(), null);
    }

    private WrittenReview review(List<Path> written, List<MigrationTraces.MigrationTrace> traces, String traceFailed) {
        if (godwit().dialect().lockTracer().isEmpty()) {
            return new WrittenReview(List.of(), godwit().lint(written), List.of(), null);
        }
        if (noTrace || traceFailed != null) {
            return new WrittenReview(List.of(), godwit().lint(written), List.of(), noTrace ? "--no-trace" : traceFailed);
        }
        // Traced: each trace already holds its migration's findings, with the trace as evidence.
        return new WrittenReview(traces, traces.stream().flatMap(t -> t.lint().findings().stream()).toList(),
                traces.stream().flatMap(t -> t.lint().cleared().stream()).toList(), null);
    }
}
