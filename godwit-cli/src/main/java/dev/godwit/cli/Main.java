package dev.godwit.cli;

import dev.godwit.core.message.Message;
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
        System.exit(run(args, Path.of("").toAbsolutePath(), System.getenv(), utf8IfAscii(System.out, java.io.FileDescriptor.out),
                utf8IfAscii(System.err, java.io.FileDescriptor.err), System.console() != null));
    }

    /**
     * The stream, or a UTF-8 one when the platform's is ASCII: a locale such as {@code fr_FR.UTF-8}
     * that the machine lacks leaves Java with ASCII, which would print every accent as {@code ?}.
     */
    private static PrintStream utf8IfAscii(PrintStream stream, java.io.FileDescriptor descriptor) {
        String encoding = System.getProperty(descriptor == java.io.FileDescriptor.out ? "sun.stdout.encoding" : "sun.stderr.encoding",
                System.getProperty("file.encoding", ""));
        boolean ascii = java.nio.charset.Charset.isSupported(encoding)
                && java.nio.charset.Charset.forName(encoding).equals(java.nio.charset.StandardCharsets.US_ASCII);
        return ascii ? new PrintStream(new java.io.FileOutputStream(descriptor), true, java.nio.charset.StandardCharsets.UTF_8) : stream;
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
        Console console = new Console(out, err, terminal, language(args, workingDirectory, environment));
        String unknownLanguage = unknownLanguage(args);
        if (unknownLanguage != null) {
            console.problem(Problem.of(ProblemCode.USAGE, Message.of("cli.lang.unknown", "lang", unknownLanguage), List.of(),
                    Message.of("cli.lang.next")), false);
            return 2;
        }
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
            // picocli echoes what was typed, which may be a URL with its password in it. Its words are English.
            Message message = Message.verbatim(dev.godwit.core.spi.Redaction.url(ex.getMessage()));
            List<Message> details = List.of();
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                boolean topLevel = command.equals("godwit") && !unmatched.getUnmatched().isEmpty()
                        && !unmatched.getUnmatched().get(0).startsWith("-");
                if (topLevel) {
                    message = Message.of("cli.usage.unknown-command", "command", dev.godwit.core.spi.Redaction.url(unmatched.getUnmatched().get(0)));
                }
                if (!unmatched.getSuggestions().isEmpty()) {
                    // picocli ranks its suggestions by similarity; beyond the first they are rarely meant.
                    details = List.of(Message.of("cli.usage.did-you-mean", "suggestion", unmatched.getSuggestions().get(0)));
                }
            }
            console.problem(Problem.of(ProblemCode.USAGE, message, details, Message.of("cli.usage.next", "help", help)), false);
            return 2;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            boolean json = root.jsonRequested(parseResult);
            if (ex instanceof GodwitException godwit) {
                console.problem(godwit.problem(), json);
                return godwit.problem().kind().exitCode();
            }
            console.problem(Problem.of(ProblemCode.INTERNAL, Message.of("cli.internal", "error", ex), List.of(Message.of("cli.internal.bug")),
                    Message.of("cli.internal.next")), json);
            ex.printStackTrace(err);
            return 1;
        });
        return commandLine.execute(args);
    }

    /** The value of {@code --lang} when godwit does not speak it, else {@code null}. */
    private static String unknownLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--lang") ? (i + 1 < args.length ? args[i + 1] : "")
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if (value != null && dev.godwit.core.message.Language.parse(value).isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** The language of this run: {@code --lang}, {@code GODWIT_LANG}, {@code lang=}, or the locale; read before picocli parses, so usage errors speak it too. */
    static dev.godwit.core.message.Language language(String[] args, Path workingDirectory, Map<String, String> environment) {
        String lang = null;
        Path config = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (args[i].equals("--lang")) {
                lang = value;
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            } else if (args[i].equals("--config") && value != null) {
                config = Path.of(value);
            } else if (args[i].startsWith("--config=")) {
                config = Path.of(args[i].substring("--config=".length()));
            }
        }
        return new dev.godwit.core.config.ConfigResolver(workingDirectory, environment).language(lang, config);
    }

    /** What every command needs from its surroundings. */
    record Context(Path workingDirectory, Map<String, String> environment, Console console) {
    }
}
