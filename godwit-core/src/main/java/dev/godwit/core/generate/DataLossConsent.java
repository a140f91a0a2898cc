package dev.godwit.core.generate;

import dev.godwit.core.message.Message;
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
        List<Message> steps = new ArrayList<>();
        // The step's description is what godwit writes into the migration's comments, in English like the SQL.
        lossy.forEach(s -> steps.add(Message.of("generate.data-loss.step", "step", s.description())));
        String listed = String.join("\n  ", lossy.stream().map(s -> "DATA_LOSS: " + s.description()).toList());
        if (request.confirm() != null && request.confirm().ask(Message.of("generate.data-loss.ask", "steps", listed))) {
            return true;
        }
        steps.add(Message.of("generate.data-loss.nothing-written"));
        throw new GodwitException(Problem.of(ProblemCode.DATA_LOSS, Message.of("generate.data-loss"), steps,
                Message.of("generate.data-loss.next")));
    }
}
