package dev.godwit.maven;

import dev.godwit.core.message.Catalogue;
import dev.godwit.core.message.Message;
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
        Catalogue words = Catalogue.of(language());
        MigrateResult result = new Godwit(config, new RunListener() {
            @Override
            public void waiting(String holder) {
                getLog().info(words.text(Message.of("maven.lock.waiting", "holder", holder)));
            }

            @Override
            public void warning(Message message) {
                getLog().warn(words.text(message));
            }

            @Override
            public void warning(String text) {
                getLog().warn(text);
            }
        }).migrate(MigrateOptions.DEFAULT);
        result.applied().forEach(m -> getLog().info(words.text(Message.of("maven.applied", "file", m.fileName()))));
        getLog().info(words.text(result.after().isPresent() ? Message.of("maven.at-version", "version", result.after().get())
                : Message.of("maven.at-no-version")));
    }
}
