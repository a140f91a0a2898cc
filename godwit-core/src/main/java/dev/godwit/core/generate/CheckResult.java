package dev.godwit.core.generate;

import dev.godwit.core.plan.Plan;
import dev.godwit.core.schema.Unmodelled;

import java.util.List;

/**
 * What {@code check} found between the desired schema and the replayed migrations.
 *
 * @param plan         the steps a migration would have to take (empty when the modelled schema agrees)
 * @param unmodelled   differences in what godwit does not model, one line each: no migration can be
 *                     generated for them, but they are differences all the same
 * @param notCompared  what the desired schema holds that godwit does not model
 */
public record CheckResult(Plan plan, List<String> unmodelled, List<Unmodelled> notCompared) {

    public CheckResult {
        unmodelled = List.copyOf(unmodelled);
        notCompared = List.copyOf(notCompared);
    }

    /** Whether the migrations produce the desired schema, as far as anyone can see. */
    public boolean agrees() {
        return plan.isEmpty() && unmodelled.isEmpty();
    }
}
