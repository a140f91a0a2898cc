package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.NewMigration;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;

/** An empty V&lt;next&gt;__&lt;description&gt;.sql to write by hand: {@code ./mvnw godwit:new -Dgodwit.name=backfill_totals}. */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends GodwitMojo {

    /** The new migration's description, in its file name. */
    @Parameter(property = "godwit.name", required = true)
    String name;

    @Override
    void run(GodwitConfig config) {
        Path file = NewMigration.create(config.migrations(), name);
        info(Message.of("maven.new", "file", project.getBasedir().toPath().relativize(file)));
    }
}
