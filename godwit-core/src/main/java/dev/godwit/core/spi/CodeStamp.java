package dev.godwit.core.spi;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Optional;

/**
 * Which build of some code is running: the jar it comes from, its size and modification time. Part
 * of the keys of what godwit keeps on disk ({@link CacheDirectory}) that another build might compute
 * differently. Code read from a directory of classes (a build in progress, an IDE) has no stamp:
 * what it computes is not kept.
 */
public final class CodeStamp {

    private CodeStamp() {
    }

    public static Optional<String> of(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null ? Optional.empty() : of(source.getLocation());
    }

    /** The stamp of the jar a resource or class comes from ({@code jar:file:…!/…} or {@code file:….jar}). */
    public static Optional<String> of(URL location) {
        if (location == null) {
            return Optional.empty();
        }
        String text = location.toString();
        if (text.startsWith("jar:")) {
            int bang = text.indexOf("!/");
            text = text.substring("jar:".length(), bang < 0 ? text.length() : bang);
        }
        try {
            File file = new File(new java.net.URI(text));
            return file.isFile() ? Optional.of(file.getAbsolutePath() + ":" + file.length() + ":" + file.lastModified()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
