package dev.godwit.cli;

import dev.godwit.core.fleet.FleetRun;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fleet run's outcome as a table per target, or as JSON, and the exit it calls for. */
final class FleetReport {

    private FleetReport() {
    }

    static int print(Console console, boolean json, List<FleetRun.Outcome> outcomes, long millis) {
        long failed = outcomes.stream().filter(o -> o.state() == FleetRun.State.FAILED).count();
        long notStarted = outcomes.stream().filter(o -> o.state() == FleetRun.State.NOT_STARTED).count();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", failed == 0 && notStarted == 0);
            document.put("targets", outcomes.size());
            document.put("failed", failed);
            document.put("notStarted", notStarted);
            document.put("millis", millis);
            List<Object> rows = new ArrayList<>();
            for (FleetRun.Outcome o : outcomes) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("target", o.target().name());
                row.put("outcome", o.state().code());
                row.put("before", shown(o.before()));
                row.put("after", shown(o.after()));
                row.put("applied", o.applied());
                row.put("millis", o.millis());
                row.put("code", o.problem() == null ? null : o.problem().code().code());
                row.put("problem", o.problem() == null ? null : o.problem().summary());
                rows.add(row);
            }
            document.put("results", rows);
            console.json(document);
        } else {
            int width = Math.max(6, outcomes.stream().mapToInt(o -> o.target().name().length()).max().orElse(6));
            console.line(String.format("%-" + width + "s  %-11s  %-15s  %7s  %8s  %s", "target", "outcome", "version", "applied", "ms", "problem"));
            for (FleetRun.Outcome o : outcomes) {
                String version = o.state() == FleetRun.State.FAILED || o.state() == FleetRun.State.NOT_STARTED ? "-"
                        : shownOr(o.before()) + " -> " + shownOr(o.after());
                console.line(String.format("%-" + width + "s  %-11s  %-15s  %7d  %8d  %s", o.target().name(), o.state().code(), version, o.applied(), o.millis(),
                        o.problem() == null ? "" : "[" + o.problem().code().code() + "] " + o.problem().summary()));
            }
            console.line(outcomes.size() + " target(s) in " + millis + " ms: " + count(outcomes, FleetRun.State.MIGRATED) + " migrated, "
                    + count(outcomes, FleetRun.State.UP_TO_DATE) + " up to date, " + failed + " failed, " + notStarted + " not started");
        }
        if (failed > 0 || notStarted > 0) {
            throw new GodwitException(Problem.of(ProblemCode.FLEET_FAILED,
                    failed + " of " + outcomes.size() + " target(s) failed" + (notStarted > 0 ? ", " + notStarted + " not started" : ""),
                    outcomes.stream().filter(o -> o.problem() != null).limit(5).map(o -> o.target().name() + ": " + o.problem().summary()).toList(),
                    "fix each failed target as its problem says, then run the same command again: it does only what is still pending"));
        }
        return 0;
    }

    private static long count(List<FleetRun.Outcome> outcomes, FleetRun.State state) {
        return outcomes.stream().filter(o -> o.state() == state).count();
    }

    private static String shown(Optional<Version> version) {
        return version.map(Version::toString).orElse(null);
    }

    private static String shownOr(Optional<Version> version) {
        return version.map(Version::toString).orElse("none");
    }
}
