package dev.godwit.cli;

import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.GodwitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "baseline", description = {
        "Record an existing database as being at VERSION without running anything; later migrations apply on top.",
        "Refuses when the database already has godwit history."})
final class BaselineCommand extends Subcommand {

    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "the version the database's schema is at")
    String version;

    @Override
    public Integer call() {
        Version at;
        try {
            at = Version.parse(version);
        } catch (IllegalArgumentException e) {
            throw GodwitException.configuration("--version " + e.getMessage(), "give a version such as --version 3");
        }
        godwit().baseline(at);
        if (json) {
            console().json(Map.of("ok", true, "baseline", at.toString()));
        } else {
            console().line("recorded baseline at version " + at + "; migrations after it will be applied by `godwit migrate`");
        }
        return 0;
    }
}
