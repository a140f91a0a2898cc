package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RepairResult;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Rewrites history to what the live schema proves, only on an exact match: {@code ./mvnw godwit:repair -Dgodwit.dryRun}. */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends GodwitMojo {

    /** Says what would be recorded, and records nothing. */
    @Parameter(property = "godwit.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    void run(GodwitConfig config) throws MojoFailureException {
        RepairResult result = new Godwit(config, RunListener.SILENT).repair(dryRun);
        if (!result.exact()) {
            StringBuilder text = new StringBuilder("godwit: the live schema matches no version the files produce; nothing was recorded");
            result.differences().forEach(d -> text.append("\n  ").append(d));
            throw new MojoFailureException(text.toString());
        }
        if (result.actions().isEmpty()) {
            info(Message.of("maven.repair"));
        }
        result.actions().forEach(a -> info(Message.of(dryRun ? "maven.repair.would-record" : "maven.repair.recorded", "action", a)));
    }
}
