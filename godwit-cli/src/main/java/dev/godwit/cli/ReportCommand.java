package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "report", description = {
        "Write the database's report as one HTML file; or merge the --json reports of fleet runs.",
        "Without --merge: one self-contained HTML page (it needs no network to open) with the schema as a diagram, the history",
        "as a timeline, pending and problem migrations, drift, lint findings, and each pending migration's SQL with its hazards.",
        "With --merge: the `--json` reports that `migrate --targets … --shard K/N --json` wrote, one per shard, merged into one:",
        "the table per target (or --json, the same document as one run's), and exit 1 when a target failed or did not start."})
final class ReportCommand extends Subcommand {

    @Option(names = "--merge", arity = "1..*", paramLabel = "FILE", description = "the fleet reports to merge (shard-*.json)")
    List<Path> merge = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "where to write the HTML report (default godwit-report.html)")
    Path out = Path.of("godwit-report.html");

    @Override
    public Integer call() {
        if (merge.isEmpty()) {
            Path file = root.context.workingDirectory().resolve(out);
            ReportPage.Summary written = ReportPage.write(ReportData.gather(godwit(), config(), console()), console(), file);
            if (json) {
                console().json(Map.of("ok", true, "file", file.toString(), "tables", written.tables(), "migrations", written.migrations(),
                        "history", written.history()));
            } else {
                console().line(dev.godwit.core.message.Message.of("cli.report.wrote", "file", root.context.workingDirectory().relativize(file.toAbsolutePath()),
                        "tables", written.tables(), "history", written.history()));
            }
            return 0;
        }
        return merged();
    }

    private Integer merged() {
        ObjectMapper mapper = new ObjectMapper();
        List<FleetReport.Row> rows = new ArrayList<>();
        Map<String, Path> seen = new LinkedHashMap<>();
        long millis = 0;
        for (Path name : merge) {
            Path file = root.context.workingDirectory().resolve(name);
            JsonNode report = read(mapper, file);
            JsonNode results = report.get("results");
            if (results == null || !results.isArray() || (results.size() > 0 && results.get(0).get("outcome") == null)) {
                throw invalid(file, "is not the --json report of a fleet migrate (it has no results with an outcome)",
                        "pass the files `godwit migrate --targets … --json` wrote");
            }
            millis = Math.max(millis, report.path("millis").asLong(0)); // the shards ran side by side
            for (JsonNode r : results) {
                FleetReport.Row row = new FleetReport.Row(r.path("target").asString(), r.path("outcome").asString(), text(r, "before"), text(r, "after"),
                        r.path("applied").asInt(0), r.path("millis").asLong(0), text(r, "code"), text(r, "problem"));
                Path earlier = seen.putIfAbsent(row.target(), file);
                if (earlier != null) {
                    throw invalid(file, "names target " + row.target() + ", which " + earlier.getFileName() + " names too: the shards overlap",
                            "merge the reports of one sharded run (the same N), each once");
                }
                rows.add(row);
            }
        }
        return FleetReport.print(console(), json, rows, millis, Map.of("reports", merge.size()));
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(Files.readString(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw invalid(file, "does not exist", "check the path: the reports are where the shards' `--json` output was written");
        } catch (IOException e) {
            throw invalid(file, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", "check the path and its permissions");
        } catch (JacksonException e) {
            throw invalid(file, "is not JSON" + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"),
                    "pass the files `godwit migrate --targets … --json` wrote");
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static GodwitException invalid(Path file, String what, String next) {
        return GodwitException.of(ProblemCode.FLEET_REPORT, Message.of("cli.fleet-report", "file", file, "what", what), Message.verbatim(next));
    }
}
