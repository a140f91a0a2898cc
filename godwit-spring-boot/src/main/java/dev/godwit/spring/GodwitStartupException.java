package dev.godwit.spring;

import dev.godwit.core.problem.Problem;

/** Start-up migration refused or failed; {@link GodwitFailureAnalyzer} prints its problem in a few lines. */
public class GodwitStartupException extends RuntimeException {

    private final transient Problem problem;

    /** Its message is the problem's first line: Spring logs it as the context fails, and the analyzer then prints the whole problem once. */
    public GodwitStartupException(Problem problem) {
        super("godwit[" + problem.code().code() + "]: " + problem.summary());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
