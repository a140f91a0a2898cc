package dev.godwit.cli;

import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Entry point of the {@code godwit} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate (reading entities) logs through JBoss Logging; route it to slf4j, which the CLI silences.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        System.exit(run(args, Path.of("").toAbsolutePath(), System.getenv(), System.out, System.err, System.console() != null));
    }

    /**
     * Runs one command line in this process.
     *
     * @param workingDirectory what relative paths resolve against
     * @param environment      where {@code GODWIT_*} and {@code DATABASE_URL} are read from
     * @return the exit code: 0 done, 1 the user must act, 2 bad usage or configuration
     */
    public static int run(String[] args, Path workingDirectory, Map<String, String> environment,
                          PrintStream out, PrintStream err, boolean terminal) {
        Console console = new Console(out, err, terminal);
        GodwitCommand root = new GodwitCommand(new Context(workingDirectory, environment, console));
        CommandLine commandLine = new CommandLine(root);
        for (Class<?> command : GodwitCommand.needed(args)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            String command = ex.getCommandLine().getCommandName();
            String help = command.equals("godwit") ? "godwit --help" : "godwit " + command + " --help";
            // picocli echoes what was typed, which may be a URL with its password in it.
            String message = dev.godwit.core.spi.Redaction.url(ex.getMessage());
            List<String> details = List.of();
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                boolean topLevel = command.equals("godwit") && !unmatched.getUnmatched().isEmpty()
                        && !unmatched.getUnmatched().get(0).startsWith("-");
                if (topLevel) {
                    message = "unknown command '" + dev.godwit.core.spi.Redaction.url(unmatched.getUnmatched().get(0)) + "'";
                }
                if (!unmatched.getSuggestions().isEmpty()) {
                    // picocli ranks its suggestions by similarity; beyond the first they are rarely meant.
                    details = List.of("did you mean: " + unmatched.getSuggestions().get(0) + "?");
                }
            }
            console.problem(Problem.of(ProblemCode.USAGE, message, details, "see `" + help + "`"), false);
            return 2;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            boolean json = root.jsonRequested(parseResult);
            if (ex instanceof GodwitException godwit) {
                console.problem(godwit.problem(), json);
                return godwit.problem().kind().exitCode();
            }
            console.problem(Problem.of(ProblemCode.INTERNAL, "internal error: " + ex, List.of("this is a bug in godwit; the stack trace follows on stderr"),
                    "report it with the command you ran"), json);
            ex.printStackTrace(err);
            return 1;
        });
        return commandLine.execute(args);
    }

    /** What every command needs from its surroundings. */
    record Context(Path workingDirectory, Map<String, String> environment, Console console) {
    }
}
