package dev.godwit.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Flyway project's settings as godwit's: the {@code godwit.properties} they become, and what
 * became of each setting — carried over, not needed by godwit, or to be done by hand.
 */
public final class FlywayImport {

    /**
     * @param properties the text of {@code godwit.properties}
     * @param carried    {@code flyway key -> godwit key} lines, for the report
     * @param todo       what could not be carried and needs a person (each also a comment in the file)
     * @param notNeeded  settings godwit has no use for, and why
     */
    public record Result(String properties, List<String> carried, List<String> todo, List<String> notNeeded) {
    }

    /** Flyway's defaults, which need no counterpart when left as they are. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "sqlMigrationPrefix", "V", "repeatableSqlMigrationPrefix", "R", "undoSqlMigrationPrefix", "U",
            "sqlMigrationSeparator", "__", "sqlMigrationSuffixes", ".sql", "placeholderPrefix", "${", "placeholderSuffix", "}",
            "table", "flyway_schema_history", "encoding", "UTF-8", "placeholderReplacement", "true");

    private static final Map<String, String> NOT_NEEDED = new LinkedHashMap<>();

    static {
        NOT_NEEDED.put("password", "kept out of godwit.properties: set GODWIT_PASSWORD in the environment instead");
        NOT_NEEDED.put("validateOnMigrate", "godwit always validates before it migrates");
        NOT_NEEDED.put("baselineVersion", "`godwit baseline` proves the version from the live schema instead of being told it");
        NOT_NEEDED.put("baselineOnMigrate", "run `godwit baseline` once on each database Flyway migrated");
        NOT_NEEDED.put("baselineDescription", "godwit's baseline row names the migration it matched");
        NOT_NEEDED.put("cleanDisabled", "godwit has no clean: it never drops a database's objects wholesale");
        NOT_NEEDED.put("cleanOnValidationError", "godwit has no clean");
        NOT_NEEDED.put("enabled", "the Spring Boot starter's switch is godwit.enabled");
        NOT_NEEDED.put("driver", "godwit picks the driver from the URL");
        NOT_NEEDED.put("connectRetries", "godwit's connection errors name the cause; a deploy's retry is the platform's");
        NOT_NEEDED.put("lockRetryCount", "godwit waits for the run lock up to lock-wait (10 min by default)");
        NOT_NEEDED.put("mixed", "godwit decides per migration (-- godwit:no-transaction)");
        NOT_NEEDED.put("group", "godwit applies each migration in its own transaction, as Flyway does by default");
        NOT_NEEDED.put("installedBy", "godwit_history records the database user and the host");
        NOT_NEEDED.put("createSchemas", "godwit creates the first schema when it is missing");
        NOT_NEEDED.put("failOnMissingLocations", "godwit always refuses a missing migrations folder");
        NOT_NEEDED.put("outOfOrder", "pass --out-of-order to `godwit migrate` when a lower version arrives late (godwit then applies it)");
        NOT_NEEDED.put("target", "pass --target V to `godwit migrate`");
        NOT_NEEDED.put("ignoreMigrationPatterns", "godwit's status names every file history does not know; --out-of-order and --retry-failed cover the common patterns");
        NOT_NEEDED.put("cleanDisabled", "godwit has no clean");
    }

    private FlywayImport() {
    }

    /** @param project the Flyway project's folder: relative locations are read from it */
    public static Result convert(FlywaySettings settings, Path project) {
        Map<String, String> values = new LinkedHashMap<>(settings.values());
        List<String> lines = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        List<String> notNeeded = new ArrayList<>();
        lines.add("# written by `godwit import flyway` from " + project.relativize(settings.source().toAbsolutePath().normalize()));

        String url = values.remove("url");
        if (url != null) {
            if (url.contains("${")) {
                todo.add("url " + url + " refers to the environment: set GODWIT_URL (or DATABASE_URL) there instead");
            } else {
                lines.add("url=" + url);
                carried.add("url -> url");
            }
        }
        carry(values, "user", "user", lines, carried);

        String schemas = values.remove("schemas");
        String defaultSchema = values.remove("defaultSchema");
        if (schemas != null || defaultSchema != null) {
            List<String> all = new ArrayList<>();
            if (defaultSchema != null) {
                all.add(defaultSchema.strip());
            }
            if (schemas != null) {
                for (String s : schemas.split(",")) {
                    if (!s.isBlank() && !all.contains(s.strip())) {
                        all.add(s.strip());
                    }
                }
            }
            lines.add("schemas=" + String.join(",", all));
            carried.add((defaultSchema != null ? "defaultSchema, " : "") + "schemas -> schemas (the first holds godwit_history, as Flyway's)");
        }

        locations(values.remove("locations"), project, lines, carried, todo);

        List<String> placeholderKeys = values.keySet().stream().filter(k -> k.startsWith("placeholders.")).sorted().toList();
        for (String key : placeholderKeys) {
            String name = key.substring("placeholders.".length());
            lines.add("placeholder." + name + "=" + escape(values.remove(key)));
            carried.add(key + " -> placeholder." + name);
        }

        String callbacks = values.remove("callbacks");
        if (callbacks != null) {
            todo.add("callbacks " + callbacks + ": make each implement dev.godwit.api.Callback and put it in a package java-migrations= names (SQL callbacks in the migrations folder are read as they are)");
        }
        for (Map.Entry<String, String> entry : DEFAULTS.entrySet()) {
            String value = values.remove(entry.getKey());
            if (value != null && !value.equals(entry.getValue())) {
                todo.add(entry.getKey() + "=" + value + ": godwit reads Flyway's default (" + entry.getValue() + ") only"
                        + (entry.getKey().equals("table") ? "; rename the table to flyway_schema_history before `godwit baseline`, so godwit recognizes it and leaves it out of the schema"
                        : entry.getKey().endsWith("Prefix") || entry.getKey().endsWith("Separator") || entry.getKey().endsWith("Suffixes") ? "; rename the files" : ""));
            }
        }
        for (Map.Entry<String, String> entry : NOT_NEEDED.entrySet()) {
            if (values.remove(entry.getKey()) != null) {
                notNeeded.add(entry.getKey() + ": " + entry.getValue());
            }
        }
        values.forEach((key, value) -> todo.add(key + "=" + value + ": godwit has no such setting; check docs/from-flyway.md"));
        for (String item : todo) {
            lines.add("# TODO " + item);
        }
        return new Result(String.join("\n", lines) + "\n", carried, todo, notNeeded);
    }

    private static void carry(Map<String, String> values, String from, String to, List<String> lines, List<String> carried) {
        String value = values.remove(from);
        if (value != null) {
            lines.add(to + "=" + escape(value));
            carried.add(from + " -> " + to);
        }
    }

    /**
     * Flyway's locations as godwit's one migrations folder and, where the classpath location holds
     * compiled classes, the package of its Java migrations.
     */
    private static void locations(String value, Path project, List<String> lines, List<String> carried, List<String> todo) {
        List<String> locations = value == null ? List.of("classpath:db/migration") : List.of(value.split(","));
        List<String> folders = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        for (String raw : locations) {
            String location = raw.strip();
            if (location.isEmpty()) {
                continue;
            }
            if (location.startsWith("filesystem:")) {
                folders.add(location.substring("filesystem:".length()));
                continue;
            }
            String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            path = path.replaceAll("^/+|/+$", "");
            if (Files.isDirectory(project.resolve("src/main/resources").resolve(path))) {
                folders.add("src/main/resources/" + path);
            }
            if (hasJava(project, path)) {
                packages.add(path.replace('/', '.'));
            }
            if (!Files.isDirectory(project.resolve("src/main/resources").resolve(path)) && !hasJava(project, path)) {
                todo.add("location " + location + " is neither src/main/resources/" + path + " nor a package of src/main/java: set migrations= to the folder its files are in");
            }
        }
        if (!folders.isEmpty()) {
            lines.add("migrations=" + folders.get(0));
            carried.add("locations -> migrations=" + folders.get(0));
            for (String other : folders.subList(1, folders.size())) {
                todo.add("location " + other + ": godwit reads one folder; move its files into " + folders.get(0) + " (then `godwit hash`)");
            }
        }
        if (!packages.isEmpty()) {
            lines.add("java-migrations=" + String.join(",", packages));
            lines.add("classpath=target/classes");
            carried.add("locations -> java-migrations=" + String.join(",", packages) + " (compiled classes in target/classes)");
            carried.add("Java migrations of " + String.join(", ", packages) + " run as they are, or port each to dev.godwit.api.JavaMigration");
            todo.add("classpath= must also list flyway-core's jar (and the jars your Java migrations use) for the CLI while they extend Flyway's classes;"
                    + " the Maven plugin and the Spring Boot starter have them already");
        }
    }

    private static boolean hasJava(Path project, String path) {
        for (Path root : List.of(project.resolve("src/main/java"), project.resolve("target/classes"))) {
            Path dir = root.resolve(path);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".java") || f.toString().endsWith(".class"))) {
                        return true;
                    }
                } catch (java.io.IOException e) {
                    throw dev.godwit.core.problem.FileProblems.cannotRead(dir, e);
                }
            }
        }
        return false;
    }

    /** A value as a properties file reads it back ({@code \} and leading spaces kept). */
    private static String escape(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }
}
