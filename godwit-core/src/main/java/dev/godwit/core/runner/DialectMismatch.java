package dev.godwit.core.runner;

import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A syntax error that is really a migration written for another database (one dialect's SQL run
 * on another's database): said as that, since "fix the file" is the wrong advice for it. Each
 * dialect says what only its SQL holds ({@link Dialect#exclusiveSyntax()}).
 */
final class DialectMismatch {

    private DialectMismatch() {
    }

    /** The words for the mismatch, when a syntax error's statement is another dialect's SQL. */
    static Optional<String> of(Dialect running, String sql, String error) {
        if (error == null || !error.toLowerCase(Locale.ROOT).contains("syntax error")) {
            return Optional.empty();
        }
        for (Dialect other : Dialects.all()) {
            if (other.name().equals(running.name())) {
                continue;
            }
            for (Pattern marker : other.exclusiveSyntax()) {
                Matcher found = marker.matcher(sql);
                if (found.find()) {
                    return Optional.of("the statement is " + other.displayName() + " SQL (" + found.group().strip() + "), and this database is "
                            + running.displayName() + ": are the migrations meant for another database? check url=, GODWIT_URL and DATABASE_URL before changing the file");
                }
            }
        }
        return Optional.empty();
    }
}
