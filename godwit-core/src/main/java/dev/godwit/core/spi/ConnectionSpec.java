package dev.godwit.core.spi;

/**
 * Where and as whom to connect.
 *
 * @param url      JDBC URL
 * @param user     user name, or {@code null} to let the URL or driver decide
 * @param password password, or {@code null}; never printed (see {@link Secret})
 * @param schemas  the schemas godwit manages there ({@code schemas=}), the first holding the history table
 *                 and being the one unqualified names reach; empty for the database's default (PostgreSQL:
 *                 every non-system schema, the connection's current one first)
 */
public record ConnectionSpec(String url, String user, Secret password, java.util.List<String> schemas) {

    public ConnectionSpec {
        schemas = schemas == null ? java.util.List.of() : java.util.List.copyOf(schemas);
    }

    public ConnectionSpec(String url, String user, Secret password) {
        this(url, user, password, java.util.List.of());
    }
}
