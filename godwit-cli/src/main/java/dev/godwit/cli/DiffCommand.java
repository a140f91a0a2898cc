package dev.godwit.cli;

import dev.godwit.core.generate.DiffResult;
import dev.godwit.core.generate.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "diff", description = {
        "Write the next migration from the desired schema (schema= / --schema): the migrations are replayed on a",
        "throw-away dev database and compared with it. Never connects to the target database; prints the SQL and",
        "every hazard. Writes the U file when every step can be undone. Nothing changed: writes nothing, exits 0."})
final class DiffCommand extends Subcommand {

    @Parameters(arity = "0..*", paramLabel = "DESCRIPTION", description = "the migration's description (default: derived from the changes)")
    List<String> words;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "the description, as Flask-Migrate users type it")
    String message;

    @Override
    public Integer call() {
        String description = message != null ? message : words == null || words.isEmpty() ? null : String.join(" ", words);
        DiffResult result = new Generator(config()).diff(description);
        Path cwd = root.context.workingDirectory();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("changed", result.changed());
            document.put("file", result.file() == null ? null : cwd.relativize(result.file().toAbsolutePath()).toString());
            document.put("undoFile", result.undoFile() == null ? null : cwd.relativize(result.undoFile().toAbsolutePath()).toString());
            document.put("steps", PlanPrinter.json(result.plan()));
            document.put("leftovers", result.leftovers());
            console().json(document);
            return 0;
        }
        if (!result.changed()) {
            console().line("no changes: the migrations already produce the desired schema");
            return 0;
        }
        console().line("wrote " + cwd.relativize(result.file().toAbsolutePath())
                + (result.undoFile() == null ? " (no undo file: a step cannot be undone)" : " and " + cwd.relativize(result.undoFile().toAbsolutePath())));
        PlanPrinter.print(console(), result.plan());
        if (!result.leftovers().isEmpty()) {
            console().line("warning: after this migration the schema would still differ from the desired one:");
            result.leftovers().forEach(l -> console().line("  - " + l));
            console().line("  review the migration and complete it by hand (then `godwit hash`)");
        }
        console().line("next: review it, then `godwit migrate` (and commit it with godwit.sum)");
        return 0;
    }
}
