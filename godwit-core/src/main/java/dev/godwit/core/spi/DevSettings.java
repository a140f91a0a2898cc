package dev.godwit.core.spi;

/**
 * Where the dev database comes from.
 *
 * @param url      a database godwit may create and drop scratch databases or schemas in ({@code dev-url}),
 *                 or {@code null} for the dialect's embedded one
 * @param user     its user, or {@code null}
 * @param password its password, or {@code null}
 * @param version  the major version of the embedded server the dialect starts ({@code dev-version}; it should
 *                 match production's), or {@code null} for the dialect's own default
 */
public record DevSettings(String url, String user, Secret password, String version) {

    /** The dialect's embedded dev database, in its default version. */
    public static final DevSettings EMBEDDED = new DevSettings(null, null, null, null);
}
