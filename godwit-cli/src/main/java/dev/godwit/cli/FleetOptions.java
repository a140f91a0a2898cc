package dev.godwit.cli;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.fleet.FleetRun;
import dev.godwit.core.fleet.SchemaTargets;
import dev.godwit.core.fleet.Shard;
import dev.godwit.core.fleet.Target;
import dev.godwit.core.fleet.TargetsFile;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The options that make a command act on a fleet of databases or schemas instead of one. */
final class FleetOptions {

    @Option(names = "--targets", paramLabel = "FILE", description = "a file of targets, one a line: a URL or name=URL (${VAR} from the environment)")
    Path targets;

    @Option(names = "--schemas-like", paramLabel = "PATTERN", description = "every schema of the database LIKE PATTERN (tenant_%%) as a target, each with its own history")
    String schemasLike;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "targets at once, and so connections at most (default 4)")
    int parallel;

    @Option(names = "--canary", paramLabel = "K", defaultValue = "0", description = "migrate the first K targets alone; stop if one fails")
    int canary;

    @Option(names = "--max-failures", paramLabel = "M", defaultValue = "0", description = "start no new target after M failures (default: go on)")
    int maxFailures;

    @Option(names = "--shard", paramLabel = "K/N", description = "only part K of N of the targets (stable: a target's part depends on its name alone)")
    String shard;

    /** Whether the command acts on a fleet: --targets, --schemas-like, or targets= in the configuration. */
    boolean active(GodwitConfig config) {
        return targets != null || schemasLike != null || config.targets() != null;
    }

    FleetRun.Options options() {
        return new FleetRun.Options(parallel, canary, maxFailures);
    }

    List<Target> resolve(GodwitConfig config, Map<String, String> environment, Path workingDirectory) {
        List<Target> all;
        if (targets != null || (schemasLike == null && config.targets() != null)) {
            Path file = targets != null ? workingDirectory.resolve(targets) : config.targets();
            all = TargetsFile.read(file, environment, config.connection().user(), config.connection().password());
        } else {
            all = SchemaTargets.like(config.connection(), new Godwit(config, RunListener.SILENT).dialect(), schemasLike);
        }
        return (shard == null ? Shard.ALL : Shard.parse(shard)).of(all);
    }
}
