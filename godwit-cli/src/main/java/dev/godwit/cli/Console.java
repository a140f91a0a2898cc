package dev.godwit.cli;

import dev.godwit.core.message.Catalogue;
import dev.godwit.core.message.Language;
import dev.godwit.core.message.Message;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.spi.Redaction;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a command's words go: results on stdout, progress and problems on stderr (or, with
 * {@code --json}, everything a program reads as one JSON document on stdout). Sentences print
 * in the run's language; JSON is for programs and is the same in every language.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Catalogue catalogue;

    Console(PrintStream out, PrintStream err, boolean terminal) {
        this(out, err, terminal, Language.ENGLISH);
    }

    Console(PrintStream out, PrintStream err, boolean terminal, Language language) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.catalogue = Catalogue.of(language);
    }

    void line(String text) {
        out.println(text);
    }

    void line(Message message) {
        out.println(text(message));
    }

    /** A message in the run's language, for a line that has more around it (a table cell). */
    String text(Message message) {
        return catalogue.text(message);
    }

    /** A problem in the run's language, as stderr shows it. */
    String render(Problem problem) {
        return masked(problem).render(catalogue);
    }

    Catalogue catalogue() {
        return catalogue;
    }

    Language language() {
        return catalogue.language();
    }

    void json(Object document) {
        out.println(Json.write(document));
    }

    /** Progress: shown on a terminal, kept quiet when output goes to a file or a pipe. */
    void progress(String text) {
        if (terminal) {
            err.println(text);
        }
    }

    /** A line that rewrites itself on a terminal (a fleet's progress); nothing elsewhere. */
    void status(String text) {
        if (terminal) {
            err.print("\r" + text + "\u001b[K");
            err.flush();
        }
    }

    /** Something the user must see even in a deploy log, e.g. whom a run waits for. */
    void notice(String text) {
        err.println(text);
    }

    /** A line of a problem the command prints itself (stderr, in the run's language). */
    void error(Message message) {
        err.println(text(message));
    }

    void notice(Message message) {
        err.println(text(message));
    }

    void progress(Message message) {
        if (terminal) {
            err.println(text(message));
        }
    }

    void problem(Problem problem, boolean json) {
        problem = masked(problem);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", false);
            document.put("error", problemJson(problem));
            json(document);
        } else {
            err.println(problem.render(catalogue));
        }
    }

    /**
     * The last line of defence for passwords: a problem may quote what the user typed (a path, an
     * argument) and that may be a URL with credentials in it; whatever built the message, no
     * {@code user:password@} or {@code password=} leaves godwit.
     */
    private static Problem masked(Problem problem) {
        return problem.rewritten(Redaction::url);
    }

    static Map<String, Object> problemJson(Problem problem) {
        problem = masked(problem);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", problem.code().code());
        error.put("summary", problem.summary());
        error.put("details", List.copyOf(problem.details()));
        error.put("next", problem.next());
        error.put("exitCode", problem.kind().exitCode());
        return error;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean terminal() {
        return terminal;
    }
}
