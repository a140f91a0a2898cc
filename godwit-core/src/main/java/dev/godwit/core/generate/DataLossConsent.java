package dev.godwit.core.generate;

import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.plan.Hazard;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Step;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** No migration that loses data is written without the user saying so. */
final class DataLossConsent {

    private DataLossConsent() {
    }

    /**
     * @return whether the plan loses data (and the user agreed)
     * @throws GodwitException when it does and the user did not agree
     */
    static boolean require(Plan plan, DiffRequest request) {
        List<Step> lossy = plan.steps().stream().filter(s -> s.hazards().contains(Hazard.DATA_LOSS)).toList();
        if (lossy.isEmpty()) {
            return false;
        }
        if (request.allowDataLoss()) {
            return true;
        }
        List<String> steps = new ArrayList<>();
        lossy.forEach(s -> steps.add("DATA_LOSS: " + s.description()));
        if (request.confirm() != null && request.confirm().ask("This migration loses data:\n  " + String.join("\n  ", steps) + "\nWrite it anyway? [y/N]")) {
            return true;
        }
        steps.add("nothing was written");
        throw new GodwitException(Problem.of(ProblemCode.DATA_LOSS, "the migration would lose data", steps,
                "if that is intended, run `godwit diff --allow-data-loss` (the consent is written into the migration); "
                        + "if a column or table was renamed, say so with --rename"));
    }
}
