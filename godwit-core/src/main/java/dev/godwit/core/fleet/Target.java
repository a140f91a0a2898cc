package dev.godwit.core.fleet;

import dev.godwit.core.spi.ConnectionSpec;

/**
 * One database (or one schema of a database) of a fleet.
 *
 * @param name       how reports name it: the {@code name=} of its line, else its URL without password
 * @param connection where it is; for a schema-per-tenant target, the schema is its first (home) schema
 */
public record Target(String name, ConnectionSpec connection) {
}
