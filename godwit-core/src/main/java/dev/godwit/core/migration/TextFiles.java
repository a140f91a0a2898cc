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
    /**
     * A UTF-8 reader of a file that refuses malformed input, as {@code Files.newBufferedReader}, but
     * without its 8 K-character buffer: the statement splitter buffers for itself, and a run reads
     * every pending file several times (lint, roles, directives, execution).
     */
    public static java.io.Reader reader(Path file) throws java.io.IOException {
        return new java.io.InputStreamReader(java.nio.file.Files.newInputStream(file), java.nio.charset.StandardCharsets.UTF_8.newDecoder());
    }

    /** A line reader with a small buffer, for what reads only the first lines or skims a short file. */
    public static java.io.BufferedReader lines(Path file) throws java.io.IOException {
        return new java.io.BufferedReader(reader(file), 1024);
    }

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
