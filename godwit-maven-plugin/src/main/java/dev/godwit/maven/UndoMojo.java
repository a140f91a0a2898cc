package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugins.annotations.Mojo;

/** Runs the U file of the newest applied migration. */
@Mojo(name = "undo", threadSafe = true)
public class UndoMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) {
        MigrationScript undone = new Godwit(config, RunListener.SILENT).undo();
        info(Message.of("maven.undo", "version", undone.version(), "file", undone.fileName()));
    }
}
