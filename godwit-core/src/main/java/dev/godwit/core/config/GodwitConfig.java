package dev.godwit.core.config;

import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.RunSettings;

import java.nio.file.Path;

/**
 * Resolved configuration of one godwit invocation.
 *
 * @param connection   where to connect; its URL may be {@code null} for commands that need no database
 * @param dialect      the dialect name given explicitly ({@code dialect=}), or {@code null} to take the URL's
 * @param migrations   the migrations directory
 * @param baseDirectory the folder relative paths were resolved against
 * @param settings     lock and timeout settings
 */
public record GodwitConfig(ConnectionSpec connection, String dialect, Path migrations, Path baseDirectory, RunSettings settings) {
}
