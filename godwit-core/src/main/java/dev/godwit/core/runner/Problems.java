package dev.godwit.core.runner;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** Folds several problems into one message: {@code migrate} lists everything that stops it at once. */
final class Problems {

    private Problems() {
    }

    static GodwitException refuse(String command, List<Problem> problems) {
        if (problems.size() == 1) {
            return new GodwitException(problems.get(0));
        }
        List<String> details = new ArrayList<>();
        for (Problem problem : problems) {
            details.add("- " + problem.summary());
            problem.details().forEach(d -> details.add("    " + d));
            if (problem.next() != null) {
                details.add("    next: " + problem.next());
            }
        }
        return new GodwitException(Problem.action(
                command + " refused: " + problems.size() + " migrations need attention", details, "deal with each as it says, then run `godwit " + command + "` again"));
    }

    /** Another run held the migration lock for longer than lock-wait. */
    static GodwitException lockWait(dev.godwit.core.spi.LockWaitTimeout e, java.time.Duration wait) {
        return GodwitException.action("gave up waiting for the migration lock: " + e.getMessage(),
                "wait for the other run to finish and try again, or raise lock-wait (now " + wait.toSeconds() + "s)");
    }
}
