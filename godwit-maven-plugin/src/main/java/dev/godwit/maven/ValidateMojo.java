package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/** Files vs godwit.sum vs the database's history; fails on any disagreement. */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) throws MojoFailureException {
        List<Problem> problems = new Godwit(config, RunListener.SILENT).validate();
        if (!problems.isEmpty()) {
            throw new MojoFailureException(String.join("\n", problems.stream().map(Problem::render).toList()));
        }
        info(Message.of("maven.validate"));
    }
}
