package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.SumFile;
import dev.godwit.core.runner.Godwit;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "hash", description = {
        "Rewrite godwit.sum from the migration files, after a deliberate edit of migrations not yet applied anywhere.",
        "Needs no database."})
final class HashCommand extends Subcommand {

    @Override
    public Integer call() {
        SumFile sum = Godwit.hash(config().migrations());
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("files", sum.entries().size());
            document.put("total", sum.total());
            console().json(document);
        } else {
            console().line(Message.of("cli.hash.wrote", "count", sum.entries().size()));
        }
        return 0;
    }
}
