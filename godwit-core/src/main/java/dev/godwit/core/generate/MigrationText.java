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
        return of(header, plan, Part.MAIN);
    }

    /** Which of a step's statements a file holds (see {@link Step}). */
    public enum Part {
        MAIN, VALIDATE, CONCURRENT;

        public List<String> of(Step step) {
            return switch (this) {
                case MAIN -> step.sql();
                case VALIDATE -> step.validate();
                case CONCURRENT -> step.concurrent();
            };
        }
    }

    public static String of(List<String> header, Plan plan, Part part) {
        return of(header, List.of(), plan, part);
    }

    /** @param preamble statements that run before the steps (a session setting a file outside a transaction needs) */
    public static String of(List<String> header, List<String> preamble, Plan plan, Part part) {
        StringBuilder text = new StringBuilder();
        header.forEach(line -> text.append("-- ").append(line).append('\n'));
        preamble.forEach(sql -> text.append(sql).append(";\n"));
        int number = 0;
        for (Step step : plan.steps()) {
            number++;
            List<String> statements = part.of(step);
            if (statements.isEmpty()) {
                continue;
            }
            text.append('\n').append("-- ").append(number).append(". ").append(step.description()).append('\n');
            if (!step.hazards().isEmpty() && part == Part.MAIN) {
                text.append("--    hazards: ").append(hazards(step)).append('\n');
            }
            for (String sql : statements) {
                text.append(sql).append(";\n");
            }
        }
        return text.toString();
    }

    /** Every part, as the migrations diff would write them, one after the other (for review and golden files). */
    public static String all(Plan plan) {
        StringBuilder text = new StringBuilder(of(List.of(), plan, Part.MAIN));
        if (has(plan, Part.VALIDATE)) {
            text.append("\n-- next migration (a transaction of its own):\n").append(of(List.of(), plan, Part.VALIDATE));
        }
        if (has(plan, Part.CONCURRENT)) {
            text.append("\n-- next migration (outside a transaction):\n").append(of(List.of(), plan, Part.CONCURRENT));
        }
        return text.toString();
    }

    /** Whether any step has statements for that part. */
    public static boolean has(Plan plan, Part part) {
        return plan.steps().stream().anyMatch(s -> !part.of(s).isEmpty());
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
