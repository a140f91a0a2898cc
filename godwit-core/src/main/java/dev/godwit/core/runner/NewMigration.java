package dev.godwit.core.runner;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.TextFiles;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an empty migration with the next version, and records it in {@code godwit.sum}. */
public final class NewMigration {

    private NewMigration() {
    }

    /**
     * @return the file written, {@code V<next>__<slug>.sql} (see {@link MigrationNames})
     * @throws dev.godwit.core.problem.GodwitException when {@code godwit.sum} does not match the
     *         files (a new file must not bless an unreviewed edit)
     */
    public static Path create(Path directory, String description) {
        if (description.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("run.bad-argument-2"), Message.of("run.bad-argument-2.next"));
        }
        LocalMigrations local = LocalMigrations.load(directory);
        local.migrations().requireNoOrphanUndo();
        local.requireSumMatches();
        Path file = directory.resolve("V" + MigrationNames.nextVersion(local.migrations()) + "__" + MigrationNames.slug(description) + ".sql");
        TextFiles.write(file, "-- " + description.strip() + "\n");
        LocalMigrations.rehash(directory);
        return file;
    }
}
