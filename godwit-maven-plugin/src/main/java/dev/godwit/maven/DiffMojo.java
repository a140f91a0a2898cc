package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.runner.Godwit;

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

    /** The new migration's description, in its file name (V3__add_facture_pdf.sql); default: what it does. */
    @Parameter(property = "godwit.name")
    String name;

    /** Writes a migration that drops data (a column, a table) after you reviewed it: it carries -- godwit:allow data-loss. */
    @Parameter(property = "godwit.allowDataLoss", defaultValue = "false")
    boolean allowDataLoss;

    /** Renames, as table.old=new or old=new (a table), instead of a drop and an add. */
    @Parameter(property = "godwit.rename")
    List<String> renames;

    @Override
    boolean readsModel() {
        return true;
    }

    @Override
    void run(GodwitConfig config) {
        if (!java.nio.file.Files.isDirectory(config.migrations())) {
            // The first diff of a project: its folder, as `init` makes it.
            Godwit.hash(InitMojo.create(config.migrations()));
            info(Message.of("maven.diff", "migrations", project.getBasedir().toPath().relativize(config.migrations())));
        }
        DiffResult result = new Generator(config).diff(new DiffRequest(name, renames == null ? List.of() : renames, allowDataLoss, null));
        if (!result.changed()) {
            info(Message.of("maven.diff-2"));
            return;
        }
        result.files().forEach(f -> info(Message.of("maven.diff-3", "file", project.getBasedir().toPath().relativize(f))));
        result.plan().steps().forEach(s -> info(Message.of("maven.diff-4", "step", s.description())));
    }
}
