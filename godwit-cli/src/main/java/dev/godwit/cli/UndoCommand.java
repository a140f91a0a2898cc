package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.MigrationScript;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "undo", description = {
        "Run the U file of the newest applied migration, in one transaction with its history row (history keeps both)."})
final class UndoCommand extends Subcommand {

    @Override
    public Integer call() {
        MigrationScript undone = godwit().undo();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("undone", undone.version().toString());
            document.put("script", undone.fileName());
            console().json(document);
        } else {
            console().line(Message.of("cli.undo", "version", undone.version(), "description", undone.description(), "file", undone.fileName()));
        }
        return 0;
    }
}
