package dev.godwit.core.spi;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The dialects on the class path, found with {@link ServiceLoader}
 * ({@code META-INF/services/dev.godwit.core.spi.Dialect}).
 */
public final class Dialects {

    private static final List<Dialect> ALL = ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private Dialects() {
    }

    public static List<Dialect> all() {
        return ALL;
    }

    /**
     * The dialect for a connection: {@code name} when given, else the URL's.
     *
     * @throws GodwitException (configuration) when neither decides, the name is unknown, or they disagree
     */
    public static Dialect resolve(String name, String jdbcUrl) {
        Dialect byUrl = jdbcUrl == null ? null : ALL.stream().filter(d -> d.handles(jdbcUrl)).findFirst().orElse(null);
        if (name == null || name.isBlank()) {
            if (byUrl == null) {
                throw jdbcUrl == null
                        ? GodwitException.of(ProblemCode.NO_DATABASE_URL, Message.of("config.no-database-url"), Message.of("config.no-database-url.next"))
                        : GodwitException.of(ProblemCode.BAD_DATABASE_URL, Message.of("config.bad-database-url-3", "jdbcUrl", Redaction.url(jdbcUrl)), Message.of("config.bad-database-url-3.next", "supportedUrls", supportedUrls()));
            }
            return byUrl;
        }
        Dialect byName = ALL.stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> GodwitException.of(ProblemCode.DIALECT, Message.of("config.dialect", "name", name), Message.of("config.dialect.next", "name", ALL.stream().map(Dialect::name).collect(Collectors.joining(", ")))));
        if (byUrl != null && byUrl != byName) {
            throw GodwitException.of(ProblemCode.DIALECT, Message.of("config.dialect-2", "byName", byName.name(), "byUrl", byUrl.name()), Message.of("config.dialect-2.next"));
        }
        return byName;
    }

    /** Translates a PaaS-style URL ({@code postgres://…}) with whichever dialect knows its form. */
    public static Optional<ConnectionSpec> fromPlatformUrl(String url) {
        for (Dialect dialect : ALL) {
            Optional<ConnectionSpec> spec = dialect.fromPlatformUrl(url);
            if (spec.isPresent()) {
                return spec;
            }
        }
        return Optional.empty();
    }

    private static String supportedUrls() {
        return ALL.isEmpty() ? "(no dialect is on the class path)"
                : ALL.stream().map(Dialect::exampleUrl).collect(Collectors.joining(", "));
    }
}
