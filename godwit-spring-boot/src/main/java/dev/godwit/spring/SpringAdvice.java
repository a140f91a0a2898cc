package dev.godwit.spring;

import dev.godwit.core.problem.Problem;

/**
 * A problem in a Spring Boot user's words: the migrations folder as {@code godwit.locations} names
 * it, and the next step as properties and Maven goals instead of the command line's flags.
 */
final class SpringAdvice {

    private SpringAdvice() {
    }

    static Problem of(Problem problem, MigrationsSource source) {
        return problem.rewritten(text -> words(source.named(text)));
    }

    static String words(String text) {
        return text
                .replace("`godwit hash`", "`./mvnw godwit:hash` (or the CLI's `godwit hash`)")
                .replace("`godwit migrate --skip-lint`", "godwit.skip-lint=true")
                .replace("`godwit migrate --out-of-order`", "godwit.out-of-order=true")
                .replace("--skip-lint", "godwit.skip-lint=true")
                .replace("--out-of-order", "godwit.out-of-order=true")
                .replace("run `godwit migrate`", "start the app again")
                .replace("`godwit migrate`", "the next start");
    }
}
