package dev.godwit.core.generate;

import dev.godwit.core.plan.Hazard;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Step;

import java.util.List;
import java.util.stream.Collectors;

/** The text of a generated migration file: each step's description and hazards as comments, then its SQL. */
public final class MigrationText {

    private MigrationText() {
    }

    /**
     * @param header first comment lines (what generated it, from what)
     */
    public static String of(List<String> header, Plan plan) {
        StringBuilder text = new StringBuilder();
        header.forEach(line -> text.append("-- ").append(line).append('\n'));
        int number = 0;
        for (Step step : plan.steps()) {
            number++;
            text.append('\n').append("-- ").append(number).append(". ").append(step.description()).append('\n');
            if (!step.hazards().isEmpty()) {
                text.append("--    hazards: ").append(hazards(step)).append('\n');
            }
            for (String sql : step.sql()) {
                text.append(sql).append(";\n");
            }
        }
        return text.toString();
    }

    public static String hazards(Step step) {
        return step.hazards().stream().sorted().map(Hazard::name).collect(Collectors.joining(", "));
    }

    /** The first step that cannot be undone, described, for the note that replaces a U file. */
    public static String irreversibleStep(Plan plan) {
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            if (step.hazards().contains(Hazard.IRREVERSIBLE)) {
                return "step " + (i + 1) + " (" + step.description() + ")";
            }
        }
        return null;
    }
}
