package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.MigrateResult;
import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.sql.StatementSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "migrate", description = {
        "Apply pending migrations in version order: one lock for the run, each migration and its history row in one transaction.",
        "Refuses while a migration is failed, missing or changed, or godwit.sum does not match, saying what to do."})
final class MigrateCommand extends Subcommand {

    @Option(names = "--target", paramLabel = "VERSION", description = "apply up to and including this version")
    String target;

    @Option(names = "--dry-run", description = "print the SQL that would run; change nothing")
    boolean dryRun;

    @Option(names = "--out-of-order", description = "also apply pending migrations older than the newest applied one")
    boolean outOfOrder;

    @Option(names = "--retry-failed", description = "run a failed no-transaction migration again from its first statement")
    boolean retryFailed;

    @Option(names = "--skip-lint", description = "apply even when the linter finds errors in pending migrations (see docs/lint.md)")
    boolean skipLint;

    @picocli.CommandLine.Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        Version targetVersion = parseTarget();
        if (fleet.active(config())) {
            return migrateFleet(new MigrateOptions(targetVersion, dryRun, outOfOrder, retryFailed, skipLint));
        }
        Godwit godwit = godwit();
        MigrateResult result = godwit.migrate(new MigrateOptions(targetVersion, dryRun, outOfOrder, retryFailed, skipLint));
        if (json) {
            console().json(document(result));
        } else if (result.dryRun()) {
            printDryRun(godwit, result);
        } else if (result.applied().isEmpty()) {
            console().line(Message.of("cli.migrate.nothing", "version", shown(result.after())));
        } else {
            for (MigrationScript script : result.applied()) {
                console().line(Message.of("cli.migrate.applied", "file", script.fileName()));
            }
            console().line(Message.of("cli.migrate.done", "count", result.applied().size(), "version", shown(result.after())));
        }
        return 0;
    }

    private Version parseTarget() {
        if (target == null) {
            return null;
        }
        try {
            return Version.parse(target);
        } catch (IllegalArgumentException e) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("cli.bad-argument-6", "reason", e.getMessage()), Message.of("cli.bad-argument-6.next"));
        }
    }

    /** Every target of the fleet, as many at once as --parallel says; a table (or JSON) at the end. */
    private int migrateFleet(MigrateOptions options) {
        dev.godwit.core.config.GodwitConfig config = config();
        java.util.List<dev.godwit.core.fleet.Target> targets = fleet.resolve(config, root.context.environment(), root.context.workingDirectory());
        long started = System.nanoTime();
        dev.godwit.core.fleet.FleetRun.Progress progress = json || !console().terminal() ? dev.godwit.core.fleet.FleetRun.Progress.NONE
                : new ProgressLine(console(), started);
        java.util.List<dev.godwit.core.fleet.FleetRun.Outcome> outcomes = dev.godwit.core.fleet.FleetRun.migrate(config, targets, options, fleet.options(), progress);
        if (progress instanceof ProgressLine line) {
            line.end();
        }
        return FleetReport.print(console(), json, outcomes, (System.nanoTime() - started) / 1_000_000);
    }

    private void printDryRun(Godwit godwit, MigrateResult result) {
        if (result.applied().isEmpty()) {
            console().line(Message.of("cli.migrate-2", "after", shown(result.after())));
            return;
        }
        console().line(Message.of("cli.migrate-3", "applied", result.applied().size(), "before", shown(result.before())));
        for (MigrationScript script : result.applied()) {
            console().line("");
            console().line(Message.of("cli.migrate-5", "script", script.fileName()));
            if (script.isJava()) {
                console().line(Message.of("cli.migrate-6", "script", script.description()));
                continue;
            }
            try (Reader reader = Files.newBufferedReader(script.path(), StandardCharsets.UTF_8);
                 StatementSplitter statements = new StatementSplitter(reader, godwit.dialect().syntax(), script.path())) {
                while (statements.hasNext()) {
                    SqlStatement statement = statements.next();
                    console().line(Message.of("cli.migrate-7", "statement", statement.sql()));
                }
            } catch (IOException e) {
                throw FileProblems.cannotRead(script.path(), e);
            } catch (UncheckedIOException e) {
                throw FileProblems.cannotRead(script.path(), e);
            }
        }
    }

    private static Map<String, Object> document(MigrateResult result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ok", true);
        document.put("dryRun", result.dryRun());
        document.put("before", result.before().map(Version::toString).orElse(null));
        document.put("current", result.after().map(Version::toString).orElse(null));
        List<Map<String, Object>> applied = new ArrayList<>();
        for (MigrationScript script : result.applied()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", script.version() == null ? null : script.version().toString());
            item.put("description", script.description());
            item.put("script", script.fileName());
            applied.add(item);
        }
        document.put(result.dryRun() ? "pending" : "applied", applied);
        return document;
    }

    static String shown(Optional<Version> version) {
        return version.map(Version::toString).orElse("none (empty)");
    }
}
