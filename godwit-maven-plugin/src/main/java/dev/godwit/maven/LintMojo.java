package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.lint.Linter;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.trace.MigrationTraces;
import dev.godwit.core.trace.TraceLines;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;

/**
 * Hazard analysis of every migration; fails on an error (docs/lint.md lists the rules). With
 * {@code -Dgodwit.trace=true}, as {@code godwit lint --trace}: the newest migration (or those of
 * {@code -Dgodwit.files=V3__a.sql,V4__b.sql}) run on the dev database after the ones before them, the
 * locks, rewrites and full-table reads PostgreSQL reports logged statement by statement, and the
 * findings linted with that as evidence.
 */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends GodwitMojo {

    @Parameter(property = "godwit.trace", defaultValue = "false")
    boolean trace;

    @Parameter(property = "godwit.files")
    List<String> files;

    @Override
    void run(GodwitConfig config) throws MojoFailureException {
        Godwit godwit = new Godwit(config, RunListener.SILENT);
        List<Finding> findings;
        if (trace) {
            List<Path> named = files == null ? List.of() : files.stream().map(Path::of).toList();
            List<MigrationTraces.MigrationTrace> traces = MigrationTraces.of(config, godwit.dialect(), named);
            dev.godwit.core.message.Catalogue words = dev.godwit.core.message.Catalogue.of(language());
            traces.forEach(t -> TraceLines.messages(t).forEach(line -> getLog().info(words.text(line))));
            traces.forEach(t -> t.lint().cleared().forEach(f -> info(Message.of("maven.lint", "render", f.render(words), "clearedBecause", Linter.LintReport.clearedBecause(f)))));
            findings = traces.stream().flatMap(t -> t.lint().findings().stream()).toList();
        } else {
            findings = godwit.lintEveryFile();
        }
        dev.godwit.core.message.Catalogue catalogue = dev.godwit.core.message.Catalogue.of(language());
        findings.stream().filter(f -> f.severity() != Finding.Severity.ERROR).forEach(f -> getLog().warn(f.render(catalogue)));
        List<String> errors = new java.util.ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Finding.Severity.ERROR) {
                errors.add(f.render(catalogue));
                if (f.fixText() != null) {
                    errors.add(catalogue.text(Message.of("lint.fix", "fix", f.fixText())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new MojoFailureException(catalogue.text(Message.of("maven.lint.errors", "count",
                    findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count(), "findings", String.join("\n  ", errors))));
        }
        info(trace ? Message.of("maven.lint.none-traced") : Message.of("maven.lint.none", "folder", config.migrations().getFileName()));
    }
}
