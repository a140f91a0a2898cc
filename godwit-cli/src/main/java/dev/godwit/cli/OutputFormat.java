package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.util.Locale;

/** {@code --format} of lint, check and diff: for a person, for a script, for a pull request, for a code-scanning dashboard. */
enum OutputFormat {
    TEXT, JSON, GITHUB, SARIF;

    static final String DESCRIPTION = "text (default), json (as --json), github (workflow annotations on the pull request's diff)"
            + " or sarif (SARIF 2.1.0, for code scanning)";

    static OutputFormat parse(String value, boolean json) {
        if (json) {
            return JSON;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("cli.bad-argument-7", "value", value), Message.of("cli.bad-argument-7.next"));
        }
    }
}
