package dev.godwit.cli;

import dev.godwit.core.runner.Godwit;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.ProblemCode;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "drift", description = {
        "Compare the live database with what its applied migrations produce.",
        "Compare the live database with what its applied migrations produce (replayed on a dev database); print what",
        "differs and the SQL that would bring it back. Exit 1 on drift."})
final class DriftCommand extends Subcommand {

    @Override
    public Integer call() {
        Godwit.Drift drift = godwit().drift();
        String version = drift.version() == null ? "none" : drift.version().toString();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", drift.reconcile().isEmpty());
            if (!drift.reconcile().isEmpty()) {
                document.put("code", ProblemCode.DRIFT.code());
            }
            document.put("current", drift.version() == null ? null : drift.version().toString());
            document.put("steps", PlanPrinter.json(drift.reconcile()));
            console().json(document);
        } else if (drift.reconcile().isEmpty()) {
            console().line("no drift: the live schema is what the migrations up to version " + version + " produce");
        } else {
            console().line("drift[" + ProblemCode.DRIFT.code() + "]: the live schema differs from what the migrations up to version " + version + " produce.");
            console().line("This SQL would bring it back to them:");
            PlanPrinter.print(console(), drift.reconcile());
            console().line("next: if the live change is wanted, put it in the desired schema and run `godwit diff`; otherwise run the SQL above");
        }
        return drift.reconcile().isEmpty() ? 0 : 1;
    }
}
