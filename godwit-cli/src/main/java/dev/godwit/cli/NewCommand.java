package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.runner.NewMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

@Command(name = "new", description = {
        "Create an empty migration V<next>__<description>.sql to write by hand, and record it in godwit.sum."})
final class NewCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "DESCRIPTION", description = "what the migration does, e.g. add invoice table")
    List<String> words;

    @Override
    public Integer call() {
        Path file = NewMigration.create(config().migrations(), String.join(" ", words));
        Path shown = root.context.workingDirectory().relativize(file.toAbsolutePath());
        if (json) {
            console().json(Map.of("ok", true, "file", shown.toString()));
        } else {
            console().line(Message.of("cli.new", "shown", shown));
            console().line(Message.of("cli.new-2"));
        }
        return 0;
    }
}
