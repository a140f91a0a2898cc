package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where migrations are, as Flyway writes it: {@code classpath:db/godwit} (a folder of the class
 * path: a directory, or a folder inside a jar, read in place), {@code filesystem:migrations} or a
 * plain path (a folder on disk, relative to {@code base}).
 */
public final class MigrationLocation {

    private MigrationLocation() {
    }

    /**
     * The folder {@code location} names, as a path the engine reads (inside a jar, a path of the jar's
     * file system: nothing is copied).
     *
     * @throws GodwitException (GW-E104) when a {@code classpath:} location is on no class path entry
     */
    public static Path resolve(String location, Path base, ClassLoader loader) {
        String text = location.strip();
        if (text.startsWith("filesystem:")) {
            return base.resolve(text.substring("filesystem:".length())).normalize();
        }
        if (!text.startsWith("classpath:")) {
            return base.resolve(text).normalize();
        }
        String folder = text.substring("classpath:".length()).replaceAll("^/+|/+$", "");
        URL url = loader.getResource(folder);
        if (url == null && loader.getResource(folder + "/" + MigrationDirectory.SUM_FILE) != null) {
            // A jar written without directory entries still holds the folder's files.
            String sum = loader.getResource(folder + "/" + MigrationDirectory.SUM_FILE).toString();
            try {
                url = new URL(sum.substring(0, sum.length() - MigrationDirectory.SUM_FILE.length() - 1));
            } catch (java.net.MalformedURLException e) {
                url = null;
            }
        }
        if (url == null) {
            throw GodwitException.of(ProblemCode.MIGRATIONS_DIRECTORY_MISSING, Message.of("files.migrations-directory-missing-2", "location", location), Message.of("files.migrations-directory-missing-2.next", "folder", folder));
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("file")) {
                return Path.of(uri);
            }
            if (uri.getScheme().equals("jar")) {
                return jarFileSystem(uri).provider().getPath(uri);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw GodwitException.of(ProblemCode.MIGRATIONS_DIRECTORY_MISSING, Message.of("files.migrations-directory-missing-3", "location", location, "url", url, "reason", e.getMessage()), Message.of("files.migrations-directory-missing-3.next"));
        }
        throw GodwitException.of(ProblemCode.MIGRATIONS_DIRECTORY_MISSING, Message.of("files.migrations-directory-missing-4", "location", location, "url", url), Message.of("files.migrations-directory-missing-4.next"));
    }

    /** The jar's file system, opened once per process and left open: the engine reads from it until the run ends. */
    private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
