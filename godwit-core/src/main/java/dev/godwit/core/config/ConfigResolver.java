package dev.godwit.core.config;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Secret;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges configuration: flags, then environment ({@code GODWIT_*}, then {@code DATABASE_URL}),
 * then {@code godwit.properties} (in the working directory, or the file given with
 * {@code --config}; relative paths in it resolve against its folder).
 *
 * <p>Unknown keys and malformed values are errors, never silently ignored.
 */
public final class ConfigResolver {

    public static final String PROPERTIES_FILE = "godwit.properties";

    /** Every key godwit reads; flags and {@code GODWIT_<KEY>} variables use the same names. */
    public static final Set<String> KEYS = Set.of(
            "url", "user", "password", "migrations", "dialect", "lock-timeout", "lock-retries", "lock-wait",
            "schema", "schemas", "dev-url", "dev-user", "dev-password", "dev-version", "entities", "classpath", "naming", "java-migrations", "targets",
            "lang");

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private final Path workingDirectory;
    private final Map<String, String> environment;

    public ConfigResolver(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    /**
     * The language godwit speaks in: {@code --lang} (the {@code flag}), else {@code GODWIT_LANG},
     * else {@code lang=} in the config file, else the system locale ({@code LC_ALL},
     * {@code LC_MESSAGES}, {@code LANG}). Chosen before anything else is read, so it never fails:
     * a value godwit does not speak falls through to the next source (and a broken file is
     * reported, in that language, by {@link #resolve}).
     */
    public dev.godwit.core.message.Language language(String flag, Path configFile) {
        var chosen = dev.godwit.core.message.Language.parse(flag)
                .or(() -> dev.godwit.core.message.Language.parse(environment.get("GODWIT_LANG")));
        if (chosen.isEmpty()) {
            Path file = workingDirectory.resolve(configFile != null ? configFile : Path.of(PROPERTIES_FILE));
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                    chosen = dev.godwit.core.message.Language.parse(properties.getProperty("lang"));
                } catch (IOException | IllegalArgumentException ignored) {
                    // resolve() reports the file
                }
            }
        }
        return chosen.orElseGet(() -> dev.godwit.core.message.Language.ofEnvironment(environment));
    }

    /**
     * @param flags      values given on the command line, by key (absent keys not set)
     * @param configFile the file named by {@code --config}, or {@code null} for {@code ./godwit.properties} if present
     */
    public GodwitConfig resolve(Map<String, String> flags, Path configFile) {
        Path file = configFile != null ? workingDirectory.resolve(configFile) : workingDirectory.resolve(PROPERTIES_FILE);
        if (configFile != null && !Files.isRegularFile(file)) {
            throw GodwitException.of(ProblemCode.CONFIG_FILE_MISSING, Message.of("config.file-missing", "file", file), Message.of("config.file-missing.next"));
        }
        Map<String, String> fromFile = Files.isRegularFile(file) ? load(file) : Map.of();
        Path base = Files.isRegularFile(file) ? file.toAbsolutePath().getParent() : workingDirectory;

        Map<String, String> merged = new HashMap<>(fromFile);
        String databaseUrl = blankToNull(environment.get("DATABASE_URL"));
        if (databaseUrl != null) {
            merged.put("url", databaseUrl);
        }
        Map<String, String> explicit = new HashMap<>(godwitEnvironment());
        explicit.putAll(withoutNulls(flags));
        merged.putAll(explicit);
        // Values from the file resolve against its folder; flags and environment against the working directory.
        Path pathBase = flags.get("migrations") != null || environment.get("GODWIT_MIGRATIONS") != null ? workingDirectory : base;

        String url = blankToNull(merged.get("url"));
        String urlSource = flags.get("url") != null ? "--url"
                : environment.get("GODWIT_URL") != null && !environment.get("GODWIT_URL").isBlank() ? "GODWIT_URL"
                : databaseUrl != null ? "DATABASE_URL" : "url= in " + file;
        String user = blankToNull(merged.get("user"));
        String password = merged.get("password");
        if (url != null && !url.startsWith("jdbc:")) {
            ConnectionSpec translated = translate(url, urlSource);
            url = translated.url();
            // Credentials written in the URL beat the file's, but not GODWIT_USER / --user.
            user = explicit.get("user") != null ? blankToNull(explicit.get("user")) : translated.user() != null ? translated.user() : user;
            password = explicit.get("password") != null ? explicit.get("password") : translated.password() != null ? reveal(translated.password()) : password;
        }
        if (url != null) {
            Path relativeTo = fromFile.containsKey("url") && url.equals(fromFile.get("url")) ? base : workingDirectory;
            url = dialectFor(blankToNull(merged.get("dialect")), url, urlSource).resolveRelativeTo(url, relativeTo);
        }
        Path migrations = pathBase.resolve(merged.getOrDefault("migrations", "migrations")).normalize();
        RunSettings defaults = RunSettings.DEFAULTS;
        RunSettings settings = new RunSettings(
                duration(merged, "lock-timeout", defaults.lockTimeout()),
                integer(merged, "lock-retries", defaults.lockRetries()),
                duration(merged, "lock-wait", defaults.lockWait()));
        Path schemaBase = flags.get("schema") != null || environment.get("GODWIT_SCHEMA") != null ? workingDirectory : base;
        String schema = blankToNull(merged.get("schema"));
        String devPassword = merged.get("dev-password");
        DevSettings dev = new DevSettings(blankToNull(merged.get("dev-url")), blankToNull(merged.get("dev-user")),
                devPassword == null ? null : new Secret(devPassword),
                blankToNull(merged.get("dev-version")), schemas(merged.get("schemas"), file));
        return new GodwitConfig(
                new ConnectionSpec(url, user, password == null ? null : new Secret(password), dev.schemas()),
                blankToNull(merged.get("dialect")),
                migrations,
                base,
                settings,
                schema == null ? null : schemaBase.resolve(schema).normalize(),
                dev,
                model(merged, flags.get("classpath") != null || environment.get("GODWIT_CLASSPATH") != null ? workingDirectory : base),
                placeholders(merged), JavaCode.NONE,
                blankToNull(merged.get("targets")) == null ? null : base.resolve(merged.get("targets").strip()).normalize(),
                lint(merged, file));
    }

    private static dev.godwit.core.lint.LintSettings lint(Map<String, String> values, Path file) {
        Map<String, String> levels = new java.util.TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(dev.godwit.core.lint.LintSettings.PREFIX) && value != null) {
                levels.put(key.substring(dev.godwit.core.lint.LintSettings.PREFIX.length()), value);
            }
        });
        return dev.godwit.core.lint.LintSettings.parse(levels, String.valueOf(file.getFileName()));
    }

    private static dev.godwit.core.migration.Placeholders placeholders(Map<String, String> values) {
        Map<String, String> placeholders = new java.util.TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(PLACEHOLDER) && value != null) {
                placeholders.put(key.substring(PLACEHOLDER.length()), value);
            }
        });
        return new dev.godwit.core.migration.Placeholders(placeholders);
    }

    private static GodwitConfig.ModelSettings model(Map<String, String> values, Path base) {
        List<String> entities = split(values.get("entities"));
        List<Path> classpath = split(values.getOrDefault("classpath", "target/classes")).stream().map(p -> base.resolve(p).normalize()).toList();
        return new GodwitConfig.ModelSettings(entities, classpath, values.getOrDefault("naming", "spring").strip(), split(values.get("java-migrations")));
    }

    private static final Pattern SCHEMA_NAME = Pattern.compile("[^\\s,.\"]+");

    /** {@code schemas=app, reporting}: names as the database stores them (no quotes, no dots). */
    private static List<String> schemas(String value, Path file) {
        List<String> names = value == null ? List.of()
                : java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String name : names) {
            if (!SCHEMA_NAME.matcher(name).matches()) {
                throw GodwitException.of(ProblemCode.CONFIG_BAD_VALUE, Message.of("config.bad-value", "value", value, "name", name), Message.of("config.bad-value.next"));
            }
        }
        if (new java.util.HashSet<>(names).size() < names.size()) {
            throw GodwitException.of(ProblemCode.CONFIG_BAD_VALUE, Message.of("config.bad-value-2", "value", value), Message.of("config.bad-value-2.next"));
        }
        return names;
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split("[,:;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw GodwitException.of(ProblemCode.CONFIG_FILE_INVALID, Message.of("config.file-invalid", "file", file), Message.of("config.file-invalid.next"));
        } catch (IOException e) {
            throw dev.godwit.core.problem.FileProblems.cannotRead(file, e);
        } catch (IllegalArgumentException e) {
            // Properties.load's only complaint: a malformed \\uXXXX escape, without saying where.
            throw GodwitException.of(ProblemCode.CONFIG_FILE_INVALID, Message.of("config.file-invalid-2", "file", file, "line", PropertiesEscapes.badEscapeLine(file)), Message.of("config.file-invalid-2.next"));
        }
        Map<String, String> values = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        Map<String, String> aliases = aliases();
        for (String written : properties.stringPropertyNames()) {
            String key = aliases.getOrDefault(written, written);
            if (!KEYS.contains(key) && !(key.startsWith(PLACEHOLDER) && key.length() > PLACEHOLDER.length())
                    && !(key.startsWith(dev.godwit.core.lint.LintSettings.PREFIX) && key.length() > dev.godwit.core.lint.LintSettings.PREFIX.length())) {
                unknown.add(written);
            }
            values.put(key, properties.getProperty(written).strip());
        }
        if (!unknown.isEmpty()) {
            throw GodwitException.of(ProblemCode.CONFIG_UNKNOWN_KEY, Message.of("config.unknown-key", "file", file, "unknown", String.join(", ", unknown)), Message.of("config.unknown-key.next", "value", String.join(", ", new TreeSet<>(KEYS))));
        }
        return values;
    }

    /** {@code placeholder.<name>=}: the value of {@code ${name}} in migrations. */
    static final String PLACEHOLDER = "placeholder.";

    private Map<String, String> godwitEnvironment() {
        Map<String, String> values = new HashMap<>();
        // GODWIT_PLACEHOLDER_TENANT_ID: ${tenant_id}, as Flyway reads FLYWAY_PLACEHOLDERS_*.
        environment.forEach((name, value) -> {
            if (name.startsWith("GODWIT_PLACEHOLDER_") && name.length() > "GODWIT_PLACEHOLDER_".length() && value != null) {
                values.put(PLACEHOLDER + name.substring("GODWIT_PLACEHOLDER_".length()).toLowerCase(Locale.ROOT), value);
            }
        });
        aliases().forEach((alias, key) -> putVariable(values, alias, key));
        for (String key : KEYS) {
            putVariable(values, key, key);
        }
        return values;
    }

    /** {@code GODWIT_<NAME>} for key {@code key}; the canonical name, put last, wins over an alias. */
    private void putVariable(Map<String, String> values, String name, String key) {
        String value = environment.get("GODWIT_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    /** The keys dialects also accept, by the key they stand for (see {@link dev.godwit.core.spi.Dialect#configAliases()}). */
    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        Dialects.all().forEach(d -> aliases.putAll(d.configAliases()));
        return aliases;
    }

    private static dev.godwit.core.spi.Dialect dialectFor(String dialect, String url, String source) {
        try {
            return Dialects.resolve(dialect, url);
        } catch (GodwitException e) {
            throw new GodwitException(e.problem().withDetailMessages(List.of(Message.of("config.url-source", "source", source))));
        }
    }

    /** A PaaS-style URL ({@code postgres://…}) in JDBC terms; {@code source} says where the user wrote it. */
    private static ConnectionSpec translate(String url, String source) {
        Optional<ConnectionSpec> spec;
        try {
            spec = Dialects.fromPlatformUrl(url);
        } catch (IllegalArgumentException e) {
            throw GodwitException.of(ProblemCode.BAD_DATABASE_URL, Message.of("config.bad-database-url", "source", source, "reason", e.getMessage()), Message.of("config.bad-database-url.next", "source", source, "urlForms", urlForms()), Message.of("config.bad-database-url.detail", "url", dev.godwit.core.spi.Redaction.url(url)));
        }
        if (spec.isEmpty()) {
            throw GodwitException.of(ProblemCode.BAD_DATABASE_URL, Message.of("config.bad-database-url-2", "url", dev.godwit.core.spi.Redaction.url(url), "source", source), Message.of("config.bad-database-url-2.next", "urlForms", urlForms()));
        }
        return spec.get();
    }

    /** "a JDBC URL (jdbc:…, jdbc:…) or …": the forms the dialects on the class path read. */
    private static String urlForms() {
        String jdbc = String.join(", ", Dialects.all().stream().map(dev.godwit.core.spi.Dialect::exampleUrl).toList());
        List<String> platform = Dialects.all().stream().map(dev.godwit.core.spi.Dialect::platformUrlExample).filter(java.util.Objects::nonNull).toList();
        return "a JDBC URL (" + jdbc + ")" + (platform.isEmpty() ? "" : " or " + String.join(", ", platform));
    }

    /** A duration as configuration writes it (5s, 500ms, 2m, 1h), for an option named {@code key}. */
    public static Duration duration(String key, String text) {
        return duration(Map.of(key, text), key, null);
    }

    private static Duration duration(Map<String, String> values, String key, Duration fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw GodwitException.of(ProblemCode.CONFIG_BAD_VALUE, Message.of("config.bad-value-3", "key", key, "value", text), Message.of("config.bad-value-3.next"));
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static int integer(Map<String, String> values, String key, int fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw GodwitException.of(ProblemCode.CONFIG_BAD_VALUE, Message.of("config.bad-value-4", "key", key, "value", text), Message.of("config.bad-value-4.next", "key", key));
    }

    private static Map<String, String> withoutNulls(Map<String, String> flags) {
        Map<String, String> values = new HashMap<>();
        flags.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String reveal(Secret secret) {
        return secret == null ? null : secret.reveal();
    }
}
