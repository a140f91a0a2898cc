package dev.godwit.core.problem;

import java.util.List;

/**
 * A problem the user must hear about, in the one shape every command uses:
 * what happened, where, what state the database is in now, and the next command.
 *
 * <pre>
 * error[GW-E400]: migration V3__add_invoice.sql failed at statement 2 (line 7)
 *   database said: relation "trip" does not exist
 *   nothing was applied: the transaction was rolled back
 *   next: fix the file, then run `godwit hash` and `godwit migrate`
 * </pre>
 *
 * @param code    the stable code, which also decides the exit code (see {@code docs/errors.md})
 * @param summary one line: what happened and where
 * @param details further lines (the database's message, the state left behind), possibly empty
 * @param next    the action or command that helps, or {@code null} when there is none to give
 */
public record Problem(ProblemCode code, String summary, List<String> details, String next) {

    /** What the user has to do about a problem, which is also the process exit code. */
    public enum Kind {
        /** The user must act on the database or the files: exit code 1. */
        ACTION_NEEDED(1),
        /** Bad usage or configuration: exit code 2. */
        CONFIGURATION(2);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public Problem {
        details = List.copyOf(details);
    }

    public static Problem of(ProblemCode code, String summary, List<String> details, String next) {
        return new Problem(code, summary, details, next);
    }

    public Kind kind() {
        return code.kind();
    }

    /** The same problem with each of its texts passed through {@code rewrite} (an integration's words for a path or a command). */
    public Problem rewritten(java.util.function.UnaryOperator<String> rewrite) {
        return new Problem(code, rewrite.apply(summary), details.stream().map(rewrite).toList(), next == null ? null : rewrite.apply(next));
    }

    /** The same problem with more detail lines after its own. */
    public Problem withDetails(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(details);
        all.addAll(more);
        return new Problem(code, summary, all, next);
    }

    /** The multi-line text form, starting with {@code error[GW-E…]: }. */
    public String render() {
        StringBuilder text = new StringBuilder("error[").append(code.code()).append("]: ").append(summary);
        for (String detail : details) {
            text.append("\n  ").append(detail);
        }
        if (next != null) {
            text.append("\n  next: ").append(next);
        }
        return text.toString();
    }
}
