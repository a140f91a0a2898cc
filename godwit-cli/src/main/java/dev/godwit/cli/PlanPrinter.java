package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.generate.MigrationText;
import dev.godwit.core.plan.Hazard;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.plan.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shows a plan the way every command does: each step, its hazards, its SQL. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static void print(Console console, Plan plan) {
        int number = 0;
        for (Step step : plan.steps()) {
            number++;
            console.line("  " + number + ". " + step.description() + (step.hazards().isEmpty() ? "" : "   [" + MigrationText.hazards(step) + "]"));
            for (String sql : step.sql()) {
                sql.lines().forEach(line -> console.line(Message.of("cli.planprinter", "line", line)));
            }
            for (String sql : step.validate()) {
                sql.lines().forEach(line -> console.line(Message.of("cli.plan.in-next-migration", "sql", line)));
            }
            for (String sql : step.concurrent()) {
                sql.lines().forEach(line -> console.line(Message.of("cli.plan.in-no-transaction", "sql", line)));
            }
        }
        List<String> warnings = new ArrayList<>();
        for (Step step : plan.steps()) {
            if (step.hazards().contains(Hazard.DATA_LOSS)) {
                warnings.add("warning: DATA_LOSS — " + step.description());
            }
        }
        warnings.forEach(console::line);
    }

    static List<Map<String, Object>> json(Plan plan) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Step step : plan.steps()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("description", step.description());
            item.put("change", step.change().kind().name().toLowerCase(java.util.Locale.ROOT));
            item.put("hazards", step.hazards().stream().sorted().map(Hazard::name).toList());
            item.put("sql", step.sql());
            item.put("validateSql", step.validate());
            item.put("concurrentSql", step.concurrent());
            steps.add(item);
        }
        return steps;
    }
}
