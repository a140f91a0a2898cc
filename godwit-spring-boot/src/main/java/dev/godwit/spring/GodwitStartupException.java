package dev.godwit.spring;

import dev.godwit.core.problem.Problem;

/** Start-up migration refused or failed; {@link GodwitFailureAnalyzer} prints its problem in a few lines. */
public class GodwitStartupException extends RuntimeException {

    private final transient Problem problem;

    public GodwitStartupException(Problem problem) {
        super(problem.render());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
