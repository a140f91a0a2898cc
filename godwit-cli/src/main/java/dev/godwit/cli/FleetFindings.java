package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.fleet.FleetRead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A reading command's findings over a fleet: one line (or JSON row) per target, exit 1 when one has a problem. */
final class FleetFindings {

    private FleetFindings() {
    }

    /** One JSON row per target: its name, whether it is ok, and its problem. */
    static List<Object> rows(List<FleetRead.Finding> findings) {
        List<Object> rows = new ArrayList<>();
        for (FleetRead.Finding f : findings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("target", f.target().name());
            row.put("ok", f.problem().isEmpty());
            f.problem().ifPresent(p -> row.put("problem", Console.problemJson(p)));
            rows.add(row);
        }
        return rows;
    }

    static int print(Console console, boolean json, String command, List<FleetRead.Finding> findings) {
        long wrong = findings.stream().filter(f -> f.problem().isPresent()).count();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", wrong == 0);
            document.put("targets", findings.size());
            document.put("results", rows(findings));
            console.json(document);
        } else {
            int width = Math.max(6, findings.stream().mapToInt(f -> f.target().name().length()).max().orElse(6));
            for (FleetRead.Finding f : findings) {
                console.line(String.format("%-" + width + "s  %s", f.target().name(),
                        f.problem().map(p -> console.text(Message.of("cli.check.live-problem", "code", p.code().code(), "summary", p.summaryMessage())))
                                .orElse("ok")));
            }
            console.line(Message.of("cli.fleetfindings", "command", command, "findings", findings.size(), "wrong", wrong));
        }
        return wrong == 0 ? 0 : 1;
    }
}
