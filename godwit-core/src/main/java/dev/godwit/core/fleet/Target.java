package dev.godwit.core.fleet;

import dev.godwit.core.runner.Godwit;
import dev.godwit.core.spi.ConnectionSpec;

/**
 * One database (or one schema of a database) of a fleet.
 *
 * @param name       how reports name it: the {@code name=} of its line, else its URL without password
 * @param connection where it is (its URL names the dialect); for a schema-per-tenant target, the schema is its first (home) schema
 * @param opener     where its connections come from instead of the URL (an application's pool), or {@code null}
 */
public record Target(String name, ConnectionSpec connection, Godwit.ConnectionOpener opener) {

    public Target(String name, ConnectionSpec connection) {
        this(name, connection, null);
    }
}
