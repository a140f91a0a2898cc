package dev.godwit.spring;

import dev.godwit.core.message.Catalogue;
import dev.godwit.core.message.Message;
import dev.godwit.core.problem.Problem;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** godwit's diagnosis instead of a wall of stack trace when start-up migration refuses. */
public class GodwitFailureAnalyzer extends AbstractFailureAnalyzer<GodwitStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GodwitStartupException cause) {
        Catalogue catalogue = Catalogue.of(cause.language());
        Problem problem = cause.problem();
        StringBuilder description = new StringBuilder(catalogue.text(Message.of("starter.failure", "code", problem.code().code(),
                "summary", problem.summaryMessage())));
        problem.detailMessages().forEach(detail -> description.append("\n  ").append(catalogue.text(detail)));
        Message action = problem.nextMessage() == null ? Message.of("starter.failure.see-status") : problem.nextMessage();
        return new FailureAnalysis(description.toString(), catalogue.text(action), cause);
    }
}
