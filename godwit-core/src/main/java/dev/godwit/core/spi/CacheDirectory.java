package dev.godwit.core.spi;

import java.nio.file.Path;

/** Where godwit keeps what it can compute again but would rather not: {@code ~/.cache/godwit}, or {@code -Dgodwit.cache=DIR}. */
public final class CacheDirectory {

    private CacheDirectory() {
    }

    public static Path path() {
        return Path.of(System.getProperty("godwit.cache", System.getProperty("user.home") + "/.cache/godwit"));
    }
}
