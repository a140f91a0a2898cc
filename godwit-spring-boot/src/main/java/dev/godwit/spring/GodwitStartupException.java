package dev.godwit.spring;

import dev.godwit.core.message.Language;
import dev.godwit.core.problem.Problem;

/** Start-up migration refused or failed; {@link GodwitFailureAnalyzer} prints its problem in a few lines. */
public class GodwitStartupException extends RuntimeException {

    private final transient Problem problem;
    private final Language language;

    /** In English. */
    public GodwitStartupException(Problem problem) {
        this(problem, Language.ENGLISH);
    }

    /**
     * Its message is the problem's first line in English: Spring logs it as the context fails, and
     * the analyzer then prints the whole problem once, in {@code language}.
     */
    public GodwitStartupException(Problem problem, Language language) {
        super("godwit[" + problem.code().code() + "]: " + problem.summary());
        this.problem = problem;
        this.language = language;
    }

    public Problem problem() {
        return problem;
    }

    /** The language {@code godwit.lang} or the locale chose for the analyzer's words. */
    public Language language() {
        return language;
    }
}
