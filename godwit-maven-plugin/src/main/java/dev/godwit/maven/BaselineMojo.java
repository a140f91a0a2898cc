package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.Version;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Optional;

/** Adopts a database godwit did not create, at the version its live schema proves (Flyway's and Liquibase's history read and left alone). */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends GodwitMojo {

    /** Records this version as given, without proof. */
    @Parameter(property = "godwit.version")
    String version;

    /** Writes V1__baseline.sql from the live schema (a folder without migrations). */
    @Parameter(property = "godwit.generate", defaultValue = "false")
    boolean generate;

    @Override
    void run(GodwitConfig config) {
        Godwit.BaselineResult result = new Godwit(config, RunListener.SILENT)
                .baseline(new Godwit.BaselineRequest(Optional.ofNullable(version).map(Version::parse), generate));
        result.tool().ifPresent(t -> info(Message.of("maven.baseline", "tool", t)));
        info(Message.of("maven.baseline-2", "version", result.version()));
    }
}
