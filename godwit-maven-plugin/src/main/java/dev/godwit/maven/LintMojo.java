package dev.godwit.maven;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/** Hazard analysis of every migration; fails on an error (docs/lint.md lists the rules). */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) throws MojoFailureException {
        List<Finding> findings = new Godwit(config, RunListener.SILENT).lintEveryFile();
        findings.stream().filter(f -> f.severity() != Finding.Severity.ERROR).forEach(f -> getLog().warn(f.render()));
        List<String> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).map(f -> f.render() + "\n    fix: " + f.fix()).toList();
        if (!errors.isEmpty()) {
            throw new MojoFailureException("godwit lint found " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
        }
        getLog().info("godwit: lint found no error in " + config.migrations().getFileName());
    }
}
