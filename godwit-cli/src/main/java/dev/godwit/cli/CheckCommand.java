package dev.godwit.cli;

import dev.godwit.core.generate.Generator;
import dev.godwit.core.plan.Plan;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "check", description = {
        "For CI: exit 1 when godwit.sum does not match the files or the desired schema differs from what the migrations",
        "produce, printing the difference. Never connects to the target database."})
final class CheckCommand extends Subcommand {

    @Override
    public Integer call() {
        Plan difference = new Generator(config()).check();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", difference.isEmpty());
            document.put("steps", PlanPrinter.json(difference));
            console().json(document);
        } else if (difference.isEmpty()) {
            console().line("ok: the migrations produce the desired schema, and godwit.sum matches them");
        } else {
            console().err().println("error: the desired schema differs from what the migrations produce; a migration would have to:");
            PlanPrinter.print(new Console(console().err(), console().err(), false), difference);
            console().err().println("  next: run `godwit diff` to write that migration");
        }
        return difference.isEmpty() ? 0 : 1;
    }
}
