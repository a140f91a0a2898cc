package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.Problem;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "validate", description = {
        "Check the migration files against godwit.sum and against the database's history; exit 1 on any disagreement."})
final class ValidateCommand extends Subcommand {

    @picocli.CommandLine.Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        if (fleet.active(config())) {
            dev.godwit.core.config.GodwitConfig config = config();
            return FleetFindings.print(console(), json, "validate", dev.godwit.core.fleet.FleetRead.each(config,
                    fleet.resolve(config, root.context.environment(), root.context.workingDirectory()), fleet.parallel,
                    godwit -> godwit.validate().stream().findFirst()));
        }
        List<Problem> problems = godwit().validate();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", problems.isEmpty());
            document.put("problems", problems.stream().map(Console::problemJson).toList());
            console().json(document);
        } else if (problems.isEmpty()) {
            console().line(Message.of("cli.validate"));
        } else {
            problems.forEach(p -> console().err().println(p.render()));
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
