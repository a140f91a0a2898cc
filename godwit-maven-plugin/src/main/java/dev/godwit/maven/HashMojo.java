package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.SumFile;
import dev.godwit.core.runner.Godwit;
import org.apache.maven.plugins.annotations.Mojo;

/** Rewrites godwit.sum after a deliberate edit of migrations not yet applied anywhere: {@code ./mvnw godwit:hash}. */
@Mojo(name = "hash", threadSafe = true)
public class HashMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) {
        SumFile sum = Godwit.hash(config.migrations());
        info(Message.of("maven.hash", "entries", sum.entries().size()));
    }
}
