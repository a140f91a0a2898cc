package dev.godwit.core.problem;

import java.util.List;

/**
 * Carries a {@link Problem} out of the engine to whoever talks to the user. Its message is the
 * whole problem as {@link Problem#render()} writes it (code, summary, details and the next step), so
 * a log that shows only the message still tells what to do; a command line prints it and exits with
 * {@code problem().kind().exitCode()}, not a stack trace.
 */
public class GodwitException extends RuntimeException {

    private final transient Problem problem;

    public GodwitException(Problem problem) {
        this(problem, null);
    }

    public GodwitException(Problem problem, Throwable cause) {
        super(problem.render(), cause);
        this.problem = problem;
    }

    /** A problem with its code, summary, next action (or {@code null}) and detail lines. */
    public static GodwitException of(ProblemCode code, String summary, String next, String... details) {
        return new GodwitException(Problem.of(code, summary, List.of(details), next));
    }

    /** A problem in the catalogue's words: its code, summary, next action (or {@code null}) and detail lines. */
    public static GodwitException of(ProblemCode code, dev.godwit.core.message.Message summary, dev.godwit.core.message.Message next,
                                     dev.godwit.core.message.Message... details) {
        return new GodwitException(Problem.of(code, summary, List.of(details), next));
    }

    public Problem problem() {
        return problem;
    }
}
