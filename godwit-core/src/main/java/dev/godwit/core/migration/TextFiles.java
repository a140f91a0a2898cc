package dev.godwit.core.migration;

import dev.godwit.core.problem.FileProblems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the text files godwit owns (migrations, {@code godwit.sum}, configuration). */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * Writes {@code text} as UTF-8, replacing the file in one step: it is written beside the target
     * and moved over it, so a full disk or a killed process leaves the old file (or none), never a
     * truncated one that would later pass for a migration or a sum file.
     *
     * @throws dev.godwit.core.problem.GodwitException (GW-E211) naming the file when it cannot be written
     */
    public static void write(Path file, String text) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw FileProblems.cannotWrite(file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write failed already; that is what the user hears about
        }
    }
}
