package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** The live database against what its applied migrations produce; fails on drift, printing the SQL that would reconcile it. */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends GodwitMojo {

    @Override
    void run(GodwitConfig config) throws MojoFailureException {
        Godwit.Drift drift = new Godwit(config, RunListener.SILENT).drift();
        if (drift.none()) {
            info(Message.of("maven.drift", "version", drift.version()));
            return;
        }
        StringBuilder text = new StringBuilder("godwit: the database differs from what its migrations produce at version " + drift.version());
        drift.reconcile().steps().forEach(s -> text.append("\n  ").append(s.description()));
        drift.unmodelled().forEach(u -> text.append("\n  ").append(u));
        throw new MojoFailureException(text.toString());
    }
}
