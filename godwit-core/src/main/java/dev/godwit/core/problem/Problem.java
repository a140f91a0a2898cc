package dev.godwit.core.problem;

import dev.godwit.core.message.Catalogue;
import dev.godwit.core.message.Language;
import dev.godwit.core.message.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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
 * <p>Its words are {@link Message}s, printed in the user's language by {@link #render(Catalogue)};
 * {@link #summary()}, {@link #details()} and {@link #next()} are the English text, which logs,
 * exception messages and {@code --json} carry whatever the language.
 *
 * @param code           the stable code, which also decides the exit code (see {@code docs/errors.md})
 * @param summaryMessage one line: what happened and where
 * @param detailMessages further lines (the database's message, the state left behind), possibly empty
 * @param nextMessage    the action or command that helps, or {@code null} when there is none to give
 */
public record Problem(ProblemCode code, Message summaryMessage, List<Message> detailMessages, Message nextMessage) {

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
        detailMessages = List.copyOf(detailMessages);
    }

    /** A problem whose words are not in the catalogue yet: they print as they are, in every language. */
    public Problem(ProblemCode code, String summary, List<String> details, String next) {
        this(code, Message.verbatim(summary), details.stream().map(Message::verbatim).toList(), next == null ? null : Message.verbatim(next));
    }

    public static Problem of(ProblemCode code, String summary, List<String> details, String next) {
        return new Problem(code, summary, details, next);
    }

    public static Problem of(ProblemCode code, Message summary, List<Message> details, Message next) {
        return new Problem(code, summary, details, next);
    }

    public Kind kind() {
        return code.kind();
    }

    /** One line, in English. */
    public String summary() {
        return summaryMessage.english();
    }

    /** The further lines, in English. */
    public List<String> details() {
        return detailMessages.stream().map(Message::english).toList();
    }

    /** The next step in English, or {@code null}. */
    public String next() {
        return nextMessage == null ? null : nextMessage.english();
    }

    /** The same problem with each of its texts passed through {@code rewrite} (an integration's words for a path or a command). */
    public Problem rewritten(UnaryOperator<String> rewrite) {
        return new Problem(code, summaryMessage.rewritten(rewrite), detailMessages.stream().map(m -> m.rewritten(rewrite)).toList(),
                nextMessage == null ? null : nextMessage.rewritten(rewrite));
    }

    /** The same problem with each of its texts passed through {@code rewrite}, which knows the language it rewrites. */
    public Problem rewritten(java.util.function.BiFunction<Language, String, String> rewrite) {
        return new Problem(code, summaryMessage.rewritten(rewrite), detailMessages.stream().map(m -> m.rewritten(rewrite)).toList(),
                nextMessage == null ? null : nextMessage.rewritten(rewrite));
    }

    /** The same problem with more detail lines after its own, as they are. */
    public Problem withDetails(List<String> more) {
        return withDetailMessages(more.stream().map(Message::verbatim).toList());
    }

    /** The same problem with more detail lines after its own. */
    public Problem withDetailMessages(List<Message> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Message> all = new ArrayList<>(detailMessages);
        all.addAll(more);
        return new Problem(code, summaryMessage, all, nextMessage);
    }

    /** The multi-line text form in English, starting with {@code error[GW-E…]: }. */
    public String render() {
        return render(Catalogue.of(Language.ENGLISH));
    }

    /** The multi-line text form in the catalogue's language; the code is the same in every one. */
    public String render(Catalogue catalogue) {
        StringBuilder text = new StringBuilder(catalogue.text(Message.of("problem.error", "code", code.code(), "summary", catalogue.text(summaryMessage))));
        for (Message detail : detailMessages) {
            text.append("\n  ").append(catalogue.text(detail));
        }
        if (nextMessage != null) {
            text.append("\n  ").append(catalogue.text(Message.of("problem.next", "step", catalogue.text(nextMessage))));
        }
        return text.toString();
    }
}
