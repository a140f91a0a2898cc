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
 * @param schemas  the schemas godwit manages (see {@link ConnectionSpec#schemas()}): a scratch database
 *                 gets the first as its current one
 */
public record DevSettings(String url, String user, Secret password, String version, java.util.List<String> schemas) {

    /** The dialect's embedded dev database, in its default version. */
    public static final DevSettings EMBEDDED = new DevSettings(null, null, null, null);

    public DevSettings {
        schemas = schemas == null ? java.util.List.of() : java.util.List.copyOf(schemas);
    }

    public DevSettings(String url, String user, Secret password, String version) {
        this(url, user, password, version, java.util.List.of());
    }

    /** The same dev database managing other schemas. */
    public DevSettings withSchemas(java.util.List<String> value) {
        return new DevSettings(url, user, password, version, value);
    }
}
