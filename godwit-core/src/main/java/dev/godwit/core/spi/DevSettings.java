package dev.godwit.core.spi;

/**
 * Where the dev database comes from.
 *
 * @param url             a database godwit may create and drop schemas in ({@code dev-url}), or {@code null} for the dialect's embedded one
 * @param user            its user, or {@code null}
 * @param password        its password, or {@code null}
 * @param postgresVersion the major version of the embedded PostgreSQL ({@code dev-postgres-version}); should match production's
 */
public record DevSettings(String url, String user, Secret password, String postgresVersion) {

    public static final String DEFAULT_POSTGRES_VERSION = "17";
}
