package dev.godwit.maven;

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
            traces.forEach(t -> t.lint().cleared().forEach(f -> getLog().info("cleared by the trace: " + f.render()
                    + " (" + Linter.LintReport.clearedBecause(f) + ")")));
            findings = traces.stream().flatMap(t -> t.lint().findings().stream()).toList();
        } else {
            findings = godwit.lintEveryFile();
        }
        findings.stream().filter(f -> f.severity() != Finding.Severity.ERROR).forEach(f -> getLog().warn(f.render()));
        List<String> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).map(f -> f.render() + "\n    fix: " + f.fix()).toList();
        if (!errors.isEmpty()) {
            throw new MojoFailureException("godwit lint found " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
        }
        getLog().info("godwit: lint found no error in " + (trace ? "the traced migration(s)" : config.migrations().getFileName()));
    }
}
