package dev.godwit.postgres;

import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Secret;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code postgres://user:pass@host:port/db?sslmode=require}, the form Heroku, Railway, Render
 * and others put in {@code DATABASE_URL}, translated to a JDBC URL and separate credentials
 * (percent-decoded), so the password never sits in the JDBC URL.
 */
final class PlatformUrl {

    private PlatformUrl() {
    }

    static Optional<ConnectionSpec> parse(String url) {
        if (!(url.startsWith("postgres://") || url.startsWith("postgresql://"))) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read the PostgreSQL URL (" + e.getReason() + ")");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("the PostgreSQL URL names no host");
        }
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (database.isEmpty()) {
            throw new IllegalArgumentException("the PostgreSQL URL names no database (…/dbname)");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Optional.of(new ConnectionSpec(jdbc, user, password == null ? null : new Secret(password)));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the text, which may be the password.
            throw new IllegalArgumentException("the user name or password has a malformed %-escape (write % as %25)");
        }
    }
}
