package dev.godwit.core.spi;

/**
 * Where and as whom to connect.
 *
 * @param url      JDBC URL
 * @param user     user name, or {@code null} to let the URL or driver decide
 * @param password password, or {@code null}; never printed (see {@link Secret})
 */
public record ConnectionSpec(String url, String user, Secret password) {
}
