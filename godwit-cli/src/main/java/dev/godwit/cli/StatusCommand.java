package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.spi.Redaction;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.status.MigrationStatus;
import dev.godwit.core.status.RepeatableStatus;
import dev.godwit.core.status.StatusReport;
import dev.godwit.core.migration.Version;
import dev.godwit.core.runner.Godwit;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "status", description = {
        "Show every migration and where it stands; exit 1 when migrate would refuse.",
        "Show every migration: applied, pending, failed, missing (in history, no file), changed (checksum differs),",
        "out-of-order, baseline. Exits 1 exactly when `godwit migrate` would refuse."})
final class StatusCommand extends Subcommand {

    @picocli.CommandLine.Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        if (fleet.active(config())) {
            return fleetStatus();
        }
        Godwit godwit = godwit();
        StatusReport report = godwit.status();
        if (json) {
            console().json(document(report));
        } else {
            print(report, Redaction.url(godwit.config().connection().url()));
            NotCompared.warn(console(), report.notCompared());
        }
        return report.blocksMigrate() ? 1 : 0;
    }

    /** How many targets at each version, which are behind, which would refuse a migrate. */
    private int fleetStatus() {
        dev.godwit.core.config.GodwitConfig config = config();
        dev.godwit.core.fleet.FleetStatus.Picture picture = dev.godwit.core.fleet.FleetStatus.of(config,
                fleet.resolve(config, root.context.environment(), root.context.workingDirectory()), fleet.parallel);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", picture.failing().isEmpty());
            document.put("latest", picture.latest().map(Version::toString).orElse(null));
            document.put("targets", picture.entries().size());
            document.put("byVersion", picture.byVersion());
            document.put("behind", picture.behind().stream().map(e -> e.target().name()).toList());
            List<Object> failing = new ArrayList<>();
            for (dev.godwit.core.fleet.FleetStatus.Entry e : picture.failing()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("target", e.target().name());
                row.put("code", e.problem().code().code());
                row.put("problem", e.problem().summary());
                failing.add(row);
            }
            document.put("failing", failing);
            console().json(document);
        } else {
            console().line(Message.of("cli.status-2", "entries", picture.entries().size(), "latest", picture.latest().map(Version::toString).orElse("none")));
            picture.byVersion().forEach((version, count) -> console().line(Message.of("cli.status.fleet.at", "version", String.format("%-10s", version), "count", count)));
            console().line(picture.behind().isEmpty() ? Message.of("cli.status.fleet.none-behind")
                    : Message.of("cli.status.fleet.behind", "count", picture.behind().size(), "targets",
                            String.join(", ", picture.behind().stream().limit(20).map(e -> e.target().name()).toList()) + (picture.behind().size() > 20 ? ", …" : "")));
            console().line(Message.of(picture.failing().isEmpty() ? "cli.status.fleet.none-refused" : "cli.status.fleet.refused", "count", picture.failing().size()));
            picture.failing().forEach(e -> console().line(Message.of("cli.status-3", "target", e.target().name(), "problem", e.problem().code().code(), "summary", e.problem().summary())));
        }
        return picture.failing().isEmpty() ? 0 : 1;
    }

    /** A state's name in the table; {@code --json} keeps the code ({@code pending}, {@code changed}…) in every language. */
    private static String state(Console console, String code) {
        return console.text(Message.of(switch (code) {
            case "applied" -> "cli.status.state.applied";
            case "pending" -> "cli.status.state.pending";
            case "failed" -> "cli.status.state.failed";
            case "missing" -> "cli.status.state.missing";
            case "changed" -> "cli.status.state.changed";
            case "out-of-order" -> "cli.status.state.out-of-order";
            case "baseline" -> "cli.status.state.baseline";
            case "below-baseline" -> "cli.status.state.below-baseline";
            case "outdated" -> "cli.status.state.outdated";
            default -> throw new IllegalArgumentException(code);
        }));
    }

    private void print(StatusReport report, String url) {
        Console console = console();
        console.line(Message.of("cli.status.database", "url", url));
        console.line(report.current().isPresent() ? Message.of("cli.status.current", "version", report.current().get())
                : Message.of("cli.status.current-none"));
        if (report.migrations().isEmpty()) {
            console.line(Message.of("cli.status.no-migrations"));
        } else {
            console.line("");
            int width = Math.max(7, report.migrations().stream().mapToInt(m -> m.version().toString().length()).max().orElse(0));
            console.line(String.format("  %-" + width + "s  %-14s  %-40s  %s", console.text(Message.of("cli.status.column.version")),
                    console.text(Message.of("cli.status.column.state")), console.text(Message.of("cli.status.column.description")),
                    console.text(Message.of("cli.status.column.applied-at"))));
            for (MigrationStatus m : report.migrations()) {
                String at = m.last() == null || m.state() == MigrationState.PENDING ? "" : m.last().appliedAt();
                console.line(String.format("  %-" + width + "s  %-14s  %-40s  %s", m.version(), state(console, m.state().code()), m.description(), at));
                if (m.detail() != null) {
                    console.line("  " + " ".repeat(width) + "  ↳ " + m.detail());
                }
            }
        }
        if (!report.repeatable().isEmpty()) {
            console.line("");
            console.line(String.format("  %-30s  %-9s  %s", console.text(Message.of("cli.status.column.repeatable")),
                    console.text(Message.of("cli.status.column.state")), console.text(Message.of("cli.status.column.applied-at"))));
            for (RepeatableStatus r : report.repeatable()) {
                console.line(String.format("  %-30s  %-9s  %s", r.script().fileName(), state(console, r.state().code()), r.last() == null ? "" : r.last().appliedAt()));
            }
        }
        long pending = report.migrations().stream().filter(m -> m.state() == MigrationState.PENDING).count()
                + report.repeatable().stream().filter(RepeatableStatus::due).count();
        console.line("");
        if (report.blocksMigrate()) {
            for (Problem problem : report.problems()) {
                console.line(console.render(problem));
            }
        } else if (pending > 0) {
            console.line(Message.of("cli.status.pending", "count", pending));
        } else {
            console.line(Message.of("cli.status.up-to-date"));
        }
    }

    private static Map<String, Object> document(StatusReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ok", !report.blocksMigrate());
        document.put("current", report.current().map(Version::toString).orElse(null));
        List<Map<String, Object>> migrations = new ArrayList<>();
        for (MigrationStatus m : report.migrations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", m.version().toString());
            item.put("description", m.description());
            item.put("state", m.state().code());
            item.put("checksum", m.checksum());
            item.put("script", m.script() == null ? (m.last() == null ? null : m.last().script()) : m.script().fileName());
            item.put("appliedChecksum", m.last() == null ? null : m.last().checksum());
            item.put("appliedAt", m.last() == null ? null : m.last().appliedAt());
            item.put("appliedBy", m.last() == null ? null : m.last().appliedBy());
            item.put("detail", m.detail());
            migrations.add(item);
        }
        document.put("migrations", migrations);
        List<Map<String, Object>> repeatable = new ArrayList<>();
        for (RepeatableStatus r : report.repeatable()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("script", r.script().fileName());
            item.put("description", r.script().description());
            item.put("state", r.state().code());
            item.put("checksum", r.checksum());
            item.put("appliedChecksum", r.last() == null ? null : r.last().checksum());
            item.put("appliedAt", r.last() == null ? null : r.last().appliedAt());
            repeatable.add(item);
        }
        document.put("repeatable", repeatable);
        document.put("problems", report.problems().stream().map(Console::problemJson).toList());
        document.put("notCompared", NotCompared.json(report.notCompared()));
        return document;
    }
}
