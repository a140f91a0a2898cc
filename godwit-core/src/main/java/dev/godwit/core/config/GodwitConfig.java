package dev.godwit.core.config;

import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.DevSettings;
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
 * @param schema       the declarative schema file ({@code schema=}), or {@code null}
 * @param dev          where the dev database comes from
 */
public record GodwitConfig(ConnectionSpec connection, String dialect, Path migrations, Path baseDirectory, RunSettings settings,
                           Path schema, DevSettings dev) {

    /** Configuration for the database at {@code connection} with defaults for everything else. */
    public static GodwitConfig of(ConnectionSpec connection, Path migrations) {
        return new GodwitConfig(connection, null, migrations, migrations.getParent(), RunSettings.DEFAULTS, null,
                new DevSettings(null, null, null, DevSettings.DEFAULT_POSTGRES_VERSION));
    }

    public GodwitConfig withSchema(Path value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, value, dev);
    }

    public GodwitConfig withSettings(RunSettings value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, value, schema, dev);
    }
}
