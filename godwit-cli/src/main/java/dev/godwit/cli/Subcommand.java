package dev.godwit.cli;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.Godwit;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** What every subcommand shares: configuration options, {@code --json}, and the console. */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand root;

    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "print machine-readable JSON on stdout")
    boolean json;

    @Option(names = "--lang", paramLabel = "en|fr", description = "the language of godwit's messages (default: lang=, else the locale: LANG, LC_ALL, LC_MESSAGES)")
    String lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    Console console() {
        return root.context.console();
    }

    GodwitConfig config() {
        return options.resolve(root.context);
    }

    Godwit godwit() {
        return new Godwit(config(), new ProgressListener(console()));
    }
}
