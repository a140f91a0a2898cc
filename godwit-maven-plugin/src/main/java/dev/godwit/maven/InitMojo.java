package dev.godwit.maven;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.runner.Godwit;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the migrations folder (src/main/resources/db/godwit by default) with an empty godwit.sum: {@code ./mvnw godwit:init}. */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) {
        Path folder = config.migrations();
        boolean existed = Files.isDirectory(folder);
        Godwit.hash(create(folder));
        info(dev.godwit.core.message.Message.of(existed ? "maven.init.existed" : "maven.init.created", "folder", project.getBasedir().toPath().relativize(folder)));
    }

    static Path create(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw FileProblems.cannotRead(folder, e);
        }
    }
}
