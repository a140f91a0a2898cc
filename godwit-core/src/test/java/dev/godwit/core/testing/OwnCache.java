package dev.godwit.core.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A test's own {@code godwit.cache} folder (kept schemas, fetched binaries, the dev server's state),
 * empty at each test and removed after it; the build's folder ({@code target/godwit-cache}) is put
 * back, never the user's home one: {@code @RegisterExtension final OwnCache cache = new OwnCache();}
 */
public final class OwnCache implements BeforeEachCallback, AfterEachCallback {

    private static final String PROPERTY = "godwit.cache";
    private Path path;
    private String saved;

    /** The folder of the running test. */
    public Path path() {
        return path;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        saved = System.getProperty(PROPERTY);
        path = Files.createTempDirectory("godwit-cache-");
        System.setProperty(PROPERTY, path.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (saved == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, saved);
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
