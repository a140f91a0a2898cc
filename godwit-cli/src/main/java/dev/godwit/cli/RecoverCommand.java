package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;

@Command(name = "recover", description = {
        "Write a lost migration file back from the SQL that history kept when it ran, and record it in godwit.sum."})
final class RecoverCommand extends Subcommand {

    @Parameters(paramLabel = "VERSION", description = "the version whose file to write back")
    String version;

    @Override
    public Integer call() {
        Version v;
        try {
            v = Version.parse(version);
        } catch (IllegalArgumentException e) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.verbatim(e.getMessage()), Message.of("cli.bad-argument-8.next"));
        }
        Path file = godwit().recover(v);
        Path shown = root.context.workingDirectory().relativize(file.toAbsolutePath());
        if (json) {
            console().json(Map.of("ok", true, "file", shown.toString()));
        } else {
            console().line(Message.of("cli.recover.wrote", "file", shown));
        }
        return 0;
    }
}
