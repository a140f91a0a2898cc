package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code -- godwit:…} comments at the top of a migration, which change how it runs.
 * Only the leading comment lines are read; a misspelt directive is an error, not a comment,
 * since a migration that silently runs in a transaction it was written to avoid can deadlock.
 *
 * @param noTransaction {@code -- godwit:no-transaction}: run statement by statement, outside a
 *                      transaction (for {@code CREATE INDEX CONCURRENTLY} and the like)
 * @param allowDataLoss {@code -- godwit:allow data-loss}: the author agreed that this migration drops data
 * @param noPlaceholders {@code -- godwit:no-placeholders}: its {@code ${…}} are meant literally
 */
public record Directives(boolean noTransaction, boolean allowDataLoss, boolean noPlaceholders) {

    private static final String PREFIX = "-- godwit:";

    public static Directives of(Path file) {
        boolean noTransaction = false;
        boolean allowDataLoss = false;
        boolean noPlaceholders = false;
        try (BufferedReader reader = TextFiles.lines(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isEmpty()) {
                    continue;
                }
                if (!text.startsWith("--")) {
                    break;
                }
                String compact = "-- " + text.substring(2).stripLeading();
                if (!compact.startsWith(PREFIX)) {
                    continue;
                }
                String directive = compact.substring(PREFIX.length()).strip();
                if (directive.equals("no-transaction")) {
                    noTransaction = true;
                } else if (directive.equals("allow data-loss")) {
                    allowDataLoss = true;
                } else if (directive.equals("no-placeholders")) {
                    noPlaceholders = true;
                } else if (directive.startsWith("ignore ")) {
                    // A lint rule ignored for the statement that follows: the linter reads it.
                    continue;
                } else {
                    throw GodwitException.of(ProblemCode.UNKNOWN_DIRECTIVE, Message.of("files.unknown-directive", "file", file.getFileName(), "number", number, "directive", directive), Message.of("files.unknown-directive.next"));
                }
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        }
        return new Directives(noTransaction, allowDataLoss, noPlaceholders);
    }
}
