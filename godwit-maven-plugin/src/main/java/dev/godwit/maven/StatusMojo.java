package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.status.StatusReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Every migration and where it stands; fails when `migrate` would refuse. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) throws MojoFailureException {
        StatusReport report = new Godwit(config, RunListener.SILENT).status();
        info(Message.of("maven.status", "current", report.current().map(Object::toString).orElse("none")));
        report.migrations().forEach(m -> info(Message.of("maven.status-2", "version", m.version(), "state", m.state().code(), "description", m.description())));
        if (report.blocksMigrate()) {
            throw new MojoFailureException(String.join("\n", report.problems().stream().map(Problem::render).toList()));
        }
    }
}
