package dev.godwit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

@Command(
        name = "godwit",
        mixinStandardHelpOptions = true,
        versionProvider = GodwitCommand.Version.class,
        description = {
                "Schema migrations for the JVM: versioned SQL files applied exactly once, in order, under a lock,",
                "each in a transaction, recorded in godwit_history with checksums.",
                "",
                "Configuration: flags > GODWIT_URL, GODWIT_USER, GODWIT_PASSWORD (or DATABASE_URL) > godwit.properties.",
                "Exit codes: 0 done, 1 the user must act (the action is printed), 2 bad usage or configuration."})
final class GodwitCommand implements Runnable {

    /** The commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            TourCommand.class,
            InitCommand.class,
            NewCommand.class,
            DiffCommand.class,
            CheckCommand.class,
            LintCommand.class,
            DriftCommand.class,
            HashCommand.class,
            MigrateCommand.class,
            StatusCommand.class,
            ValidateCommand.class,
            UndoCommand.class,
            BaselineCommand.class,
            RepairCommand.class,
            RecoverCommand.class,
            ImportCommand.class,
            ReportCommand.class,
            DevCommand.class,
            ErdCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * The commands this command line needs: the one it names, or all of them (for help, an unknown
     * name and its suggestions). picocli reads a command's annotations when it is added, and reading
     * the nineteen took most of a start.
     */
    static List<Class<?>> needed(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            for (Class<?> command : COMMANDS) {
                Command annotation = command.getAnnotation(Command.class);
                if (annotation != null && annotation.name().equals(arg) && command != CommandLine.HelpCommand.class) {
                    return List.of(command);
                }
            }
            return COMMANDS;
        }
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V")) ? List.of() : COMMANDS;
    }

    final Main.Context context;

    GodwitCommand(Main.Context context) {
        this.context = context;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. `godwit migrate`");
    }

    boolean jsonRequested(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult.subcommand();
        return sub != null && sub.hasMatchedOption("--json");
    }

    /** godwit's own version, as the build wrote it, or "unknown". */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = GodwitCommand.class.getResourceAsStream("/godwit-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException ignored) {
            // fall through to "unknown"
        }
        return properties.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String dialects = String.join(", ", dev.godwit.core.spi.Dialects.all().stream().map(dev.godwit.core.spi.Dialect::name).toList());
            return new String[] {
                    "godwit " + version(),
                    "Java " + System.getProperty("java.version") + "; dialects: " + dialects};
        }
    }
}
