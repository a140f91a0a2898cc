package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.godwit.core.runner.Godwit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

@Command(name = "baseline", description = {
        "Adopt a database godwit did not create (Alembic and Flyway databases included).",
        "Adopt a database godwit did not create: find the version whose replayed schema the live database matches and",
        "record it (or record --version V as given); refuse, showing the difference, when none matches. Recognizes",
        "databases managed by Alembic (alembic_version) or Flyway (flyway_schema_history) and leaves their tables alone.",
        "--generate writes V1__baseline.sql from the live schema when there are no migrations yet."})
final class BaselineCommand extends Subcommand {

    @Option(names = "--version", paramLabel = "VERSION", description = "record this version without checking the live schema")
    String version;

    @Option(names = "--generate", description = "write V1__baseline.sql from the live schema (no migrations yet) and record it")
    boolean generate;

    @Override
    public Integer call() {
        Optional<Version> given = Optional.empty();
        if (version != null) {
            try {
                given = Optional.of(Version.parse(version));
            } catch (IllegalArgumentException e) {
                throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("cli.bad-argument", "reason", e.getMessage()), Message.of("cli.bad-argument.next"));
            }
        }
        Godwit.BaselineResult result = godwit().baseline(new Godwit.BaselineRequest(given, generate));
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("baseline", result.version().toString());
            document.put("adoptedFrom", result.tool().orElse(null));
            document.put("generated", result.generated() == null ? null : result.generated().getFileName().toString());
            document.put("foreignHistory", result.position().map(p -> p.said()).orElse(null));
            document.put("repeatable", result.repeatable().stream().map(r -> r.fileName()).toList());
            console().json(document);
        } else {
            result.tool().ifPresent(t -> console().line(Message.of("cli.baseline", "tool", t)));
            result.position().ifPresent(p -> console().line(Message.of("cli.baseline-2", "tool", p.tool(), "position", p.said().substring(p.said().indexOf(':') + 1).strip())));
            if (result.generated() != null) {
                console().line(Message.of("cli.baseline-3", "generated", result.generated().getFileName()));
            }
            console().line(Message.of(given.isPresent() || generate ? "cli.baseline.recorded" : "cli.baseline.recorded-matched", "version", result.version()));
            if (!result.repeatable().isEmpty()) {
                console().line(Message.of("cli.baseline-4", "files", String.join(", ", result.repeatable().stream().map(r -> r.fileName()).toList())));
            }
        }
        return 0;
    }
}
