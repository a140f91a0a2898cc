package dev.godwit.spring;

import dev.godwit.core.message.Catalogue;
import dev.godwit.core.message.Language;
import dev.godwit.core.message.Message;
import dev.godwit.core.problem.Problem;

/**
 * A problem in a Spring Boot user's words: the migrations folder as {@code godwit.locations} names
 * it, and the next step as properties and Maven goals instead of the command line's flags.
 */
final class SpringAdvice {

    private SpringAdvice() {
    }

    static Problem of(Problem problem, MigrationsSource source) {
        return problem.rewritten((language, text) -> words(language, source.named(text)));
    }

    static String words(String text) {
        return words(Language.ENGLISH, text);
    }

    /** The command line's words replaced by the app's, in the language the text is in (the catalogue's starter.words.*). */
    static String words(Language language, String text) {
        Catalogue words = Catalogue.of(language);
        return text
                .replace("`godwit hash`", words.text(Message.of("starter.words.hash")))
                .replace("`godwit migrate --skip-lint`", "godwit.skip-lint=true")
                .replace("`godwit migrate --out-of-order`", "godwit.out-of-order=true")
                .replace("--skip-lint", "godwit.skip-lint=true")
                .replace("--out-of-order", "godwit.out-of-order=true")
                .replace(words.text(Message.of("starter.words.run-migrate-again")), words.text(Message.of("starter.words.start-again")))
                .replace(words.text(Message.of("starter.words.run-migrate")), words.text(Message.of("starter.words.start-again")))
                .replace("`godwit migrate`", words.text(Message.of("starter.words.next-start")));
    }
}
