package dev.godwit.maven;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.MigrateResult;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugins.annotations.Mojo;

/** Applies pending migrations to the configured database. */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) {
        MigrateResult result = new Godwit(config, new RunListener() {
            @Override
            public void waiting(String holder) {
                getLog().info("godwit: waiting for the migration lock, held by " + holder);
            }

            @Override
            public void warning(String text) {
                getLog().warn(text);
            }
        }).migrate(MigrateOptions.DEFAULT);
        result.applied().forEach(m -> getLog().info("godwit: applied " + m.fileName()));
        getLog().info("godwit: the database is at version " + result.after().map(Object::toString).orElse("none"));
    }
}
