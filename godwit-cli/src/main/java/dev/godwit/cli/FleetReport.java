package dev.godwit.cli;

import dev.godwit.core.message.Message;
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

    /** One target's line: what a run's {@code --json} report holds, and what {@code report --merge} reads back. */
    record Row(String target, String outcome, String before, String after, int applied, long millis, String code, String problem) {

        static Row of(FleetRun.Outcome o) {
            return new Row(o.target().name(), o.state().code(), shown(o.before()), shown(o.after()), o.applied(), o.millis(),
                    o.problem() == null ? null : o.problem().code().code(), o.problem() == null ? null : o.problem().summary());
        }

        boolean failed() {
            return outcome.equals(FleetRun.State.FAILED.code());
        }

        boolean notStarted() {
            return outcome.equals(FleetRun.State.NOT_STARTED.code());
        }
    }

    private FleetReport() {
    }

    static int print(Console console, boolean json, List<FleetRun.Outcome> outcomes, long millis) {
        return print(console, json, outcomes.stream().map(Row::of).toList(), millis, Map.of());
    }

    /** @param extra more top-level fields of the JSON document (a merge says how many reports it read) */
    static int print(Console console, boolean json, List<Row> rows, long millis, Map<String, Object> extra) {
        long failed = rows.stream().filter(Row::failed).count();
        long notStarted = rows.stream().filter(Row::notStarted).count();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", failed == 0 && notStarted == 0);
            if (failed > 0 || notStarted > 0) {
                document.put("code", ProblemCode.FLEET_FAILED.code());
            }
            document.put("targets", rows.size());
            document.put("failed", failed);
            document.put("notStarted", notStarted);
            document.put("millis", millis);
            document.putAll(extra);
            List<Object> items = new ArrayList<>();
            for (Row r : rows) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("target", r.target());
                row.put("outcome", r.outcome());
                row.put("before", r.before());
                row.put("after", r.after());
                row.put("applied", r.applied());
                row.put("millis", r.millis());
                row.put("code", r.code());
                row.put("problem", r.problem());
                items.add(row);
            }
            document.put("results", items);
            console.json(document);
            // One document on stdout, whatever happened: it says what failed, so no second one for the problem.
            return failed > 0 || notStarted > 0 ? 1 : 0;
        } else {
            int width = Math.max(6, rows.stream().mapToInt(r -> r.target().length()).max().orElse(6));
            console.line(String.format("%-" + width + "s  %-11s  %-15s  %7s  %8s  %s", console.text(Message.of("cli.fleet.column.target")),
                    console.text(Message.of("cli.fleet.column.outcome")), console.text(Message.of("cli.status.column.version")),
                    console.text(Message.of("cli.fleet.column.applied")), "ms", console.text(Message.of("cli.fleet.column.problem"))));
            for (Row r : rows) {
                String version = r.failed() || r.notStarted() ? "-" : or(r.before()) + " -> " + or(r.after());
                console.line(String.format("%-" + width + "s  %-11s  %-15s  %7d  %8d  %s", r.target(), r.outcome(), version, r.applied(), r.millis(),
                        r.problem() == null ? "" : "[" + r.code() + "] " + r.problem()));
            }
            console.line(Message.of("cli.fleetreport", "rows", rows.size(), "millis", millis, "migrated", count(rows, FleetRun.State.MIGRATED), "current", count(rows, FleetRun.State.UP_TO_DATE), "failed", failed, "notStarted", notStarted));
        }
        if (failed > 0 || notStarted > 0) {
            throw new GodwitException(Problem.of(ProblemCode.FLEET_FAILED,
                    notStarted > 0 ? Message.of("cli.fleet.failed-not-started", "failed", failed, "count", rows.size(), "notStarted", notStarted)
                            : Message.of("cli.fleet.failed", "failed", failed, "count", rows.size()),
                    rows.stream().filter(r -> r.problem() != null).limit(5).map(r -> Message.verbatim(r.target() + ": " + r.problem())).toList(),
                    Message.of("cli.fleet.failed.next")));
        }
        return 0;
    }

    private static long count(List<Row> rows, FleetRun.State state) {
        return rows.stream().filter(r -> r.outcome().equals(state.code())).count();
    }

    private static String shown(Optional<Version> version) {
        return version.map(Version::toString).orElse(null);
    }

    private static String or(String version) {
        return version == null ? "none" : version;
    }
}
