package dev.godwit.core.problem;

import dev.godwit.core.message.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file that cannot be read or written is the user's problem to fix (permissions, a full disk, a
 * file that vanished), not a bug: these name the path, what the system said, and what to do.
 */
public final class FileProblems {

    private FileProblems() {
    }

    public static GodwitException cannotRead(Path path, IOException e) {
        return new GodwitException(Problem.of(ProblemCode.CANNOT_READ, Message.of("files.cannot-read", "path", path, "reason", reason(e)),
                java.util.List.of(), advice(path, e, false)), e);
    }

    public static GodwitException cannotWrite(Path path, IOException e) {
        return new GodwitException(Problem.of(ProblemCode.CANNOT_WRITE, Message.of("files.cannot-write", "path", path, "reason", reason(e)),
                java.util.List.of(), advice(path, e, true)), e);
    }

    /** For the places that receive an {@link UncheckedIOException} from a stream or an iterator. */
    public static GodwitException cannotRead(Path path, UncheckedIOException e) {
        return cannotRead(path, e.getCause());
    }

    /** The system's words, without the path it repeats. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist (any more)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static Message advice(Path path, IOException e, boolean write) {
        String reason = reason(e).toLowerCase(Locale.ROOT);
        Path folder = path.toAbsolutePath().getParent();
        if (reason.contains("no space left") || reason.contains("disk quota")) {
            return Message.of("files.advice.disk-full", "folder", folder);
        }
        if (e instanceof AccessDeniedException || reason.contains("read-only") || reason.contains("permission")) {
            return Message.of(write ? "files.advice.make-writable" : "files.advice.make-readable", "folder", folder);
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("files.advice.gone");
        }
        return Message.of("files.advice.other");
    }
}
