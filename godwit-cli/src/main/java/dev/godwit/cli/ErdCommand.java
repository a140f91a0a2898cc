package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.schema.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

@Command(name = "erd", description = {
        "Print the schema as a Mermaid erDiagram (GitHub, GitLab and IDEs render it).",
        "The desired schema (schema= or entities=), or with --live the database's; --around a table for its neighbourhood."})
final class ErdCommand extends Subcommand {

    @Option(names = "--live", description = "the live database's schema (url=) instead of the desired one")
    boolean live;

    @Option(names = "--around", paramLabel = "TABLE", description = "only this table and those within --depth foreign keys of it")
    String around;

    @Option(names = "--depth", paramLabel = "N", description = "how many foreign keys away from --around (default 1)")
    int depth = 1;

    @Override
    public Integer call() {
        Schema schema = live ? godwit().inspectLive() : new Generator(config()).desired();
        Set<String> tables = schema.tables().keySet();
        if (around != null) {
            if (!schema.tables().containsKey(around)) {
                throw GodwitException.of(ProblemCode.USAGE, Message.of(live ? "cli.erd.around.live" : "cli.erd.around.desired", "table", around),
                        tables.isEmpty() ? Message.of("cli.erd.around.no-tables")
                                : Message.of("cli.erd.around.next", "count", tables.size(), "example", tables.iterator().next()));
            }
            tables = ErDiagram.around(schema, around, Math.max(0, depth));
        }
        String diagram = ErDiagram.of(schema, tables);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("tables", tables.size());
            document.put("mermaid", diagram);
            console().json(document);
        } else {
            console().line(diagram.stripTrailing());
        }
        return 0;
    }
}
