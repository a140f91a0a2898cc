package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.ProjectInit;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;

@Command(name = "init", description = {
        "Create godwit.properties (pointing at an SQLite file, so it works at once) and migrations/.",
        "Existing files are left alone."})
final class InitCommand extends Subcommand {

    @Override
    public Integer call() {
        List<String> created = ProjectInit.run(root.context.workingDirectory(), root.context.environment());
        if (json) {
            console().json(Map.of("ok", true, "created", created));
        } else if (created.isEmpty()) {
            console().line(Message.of("cli.init.already"));
        } else {
            console().line(Message.of("cli.init.created", "files", String.join(", ", created)));
            console().line(Message.of("cli.init.next"));
        }
        return 0;
    }
}
