package dev.godwit.maven;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.DiffRequest;
import dev.godwit.core.generate.DiffResult;
import dev.godwit.core.generate.Generator;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** Writes the next migration from the entities (or schema file): {@code ./mvnw godwit:diff -Dgodwit.name=add_facture_pdf}. */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class DiffMojo extends GodwitMojo {

    @Parameter(property = "godwit.name")
    String name;

    @Parameter(property = "godwit.allowDataLoss", defaultValue = "false")
    boolean allowDataLoss;

    @Parameter(property = "godwit.rename")
    List<String> renames;

    @Override
    void run(GodwitConfig config) {
        DiffResult result = new Generator(config).diff(new DiffRequest(name, renames == null ? List.of() : renames, allowDataLoss, null));
        if (!result.changed()) {
            getLog().info("godwit: no changes: the migrations already produce the desired schema");
            return;
        }
        result.files().forEach(f -> getLog().info("godwit: wrote " + project.getBasedir().toPath().relativize(f)));
        result.plan().steps().forEach(s -> getLog().info("  " + s.description()));
    }
}
