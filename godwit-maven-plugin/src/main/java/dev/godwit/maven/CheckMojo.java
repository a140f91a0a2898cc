package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.plan.Plan;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Fails the build when the entities (or schema file) and the migrations disagree, godwit.sum does
 * not match, or a migration has a lint error. Bind it to {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CheckMojo extends GodwitMojo {

    @Override
    boolean readsModel() {
        return true;
    }

    @Override
    void run(GodwitConfig config) throws MojoFailureException {
        List<String> errors = new ArrayList<>();
        dev.godwit.core.message.Catalogue catalogue = dev.godwit.core.message.Catalogue.of(language());
        for (Finding finding : new Godwit(config, RunListener.SILENT).lintEveryFile()) {
            if (finding.severity() == Finding.Severity.ERROR) {
                errors.add(finding.render(catalogue));
            } else {
                getLog().warn(finding.render(catalogue));
            }
        }
        dev.godwit.core.generate.CheckResult result = new Generator(config).check();
        Plan difference = result.plan();
        difference.steps().forEach(s -> errors.add("a migration would have to: " + s.description()));
        result.unmodelled().forEach(u -> errors.add("differs in what godwit does not model (write it by hand): " + u));
        if (!result.notCompared().isEmpty()) {
            warn(Message.of("maven.check", "notCompared", dev.godwit.core.diff.UnmodelledDifferences.summary(result.notCompared())));
        }
        if (!errors.isEmpty()) {
            throw new MojoFailureException("godwit check failed:\n  " + String.join("\n  ", errors)
                    + (difference.isEmpty() ? "" : "\n  next: run `./mvnw godwit:diff -Dgodwit.name=<what changed>` and commit the migration"));
        }
        info(Message.of("maven.check-2"));
    }
}
