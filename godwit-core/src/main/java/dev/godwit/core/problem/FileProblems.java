package dev.godwit.core.problem;

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
        return new GodwitException(Problem.of(ProblemCode.CANNOT_READ, "cannot read " + path + ": " + reason(e),
                java.util.List.of(), advice(path, e, "read")), e);
    }

    public static GodwitException cannotWrite(Path path, IOException e) {
        return new GodwitException(Problem.of(ProblemCode.CANNOT_WRITE, "cannot write " + path + ": " + reason(e),
                java.util.List.of(), advice(path, e, "write")), e);
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

    private static String advice(Path path, IOException e, String verb) {
        String reason = reason(e).toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("disk quota")) {
            return "free space on the disk that holds " + path.toAbsolutePath().getParent() + ", then run the command again";
        }
        if (e instanceof AccessDeniedException || reason.contains("read-only") || reason.contains("permission")) {
            return "make " + path.toAbsolutePath().getParent() + " " + (verb.equals("write") ? "writable" : "readable")
                    + " for this user, then run the command again";
        }
        if (e instanceof NoSuchFileException) {
            return "check that the path is right and that nothing else removes the file, then run the command again";
        }
        return "check the path and the disk, then run the command again";
    }
}
