package dev.godwit.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** godwit's diagnosis instead of a wall of stack trace when start-up migration refuses. */
public class GodwitFailureAnalyzer extends AbstractFailureAnalyzer<GodwitStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GodwitStartupException cause) {
        String description = cause.problem().summary() + (cause.problem().details().isEmpty() ? ""
                : "\n  " + String.join("\n  ", cause.problem().details()));
        String action = cause.problem().next() == null ? "see `godwit status`" : cause.problem().next();
        return new FailureAnalysis("godwit[" + cause.problem().code().code() + "]: " + description, action, cause);
    }
}
