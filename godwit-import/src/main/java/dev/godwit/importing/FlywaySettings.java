package dev.godwit.importing;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A Flyway project's settings, by Flyway's own key names ({@code locations}, {@code placeholders.x},
 * {@code baselineVersion}…), read from wherever the project keeps them: {@code flyway.conf},
 * {@code flyway.toml} (its {@code [flyway]} table and the environment it names), or Spring Boot's
 * {@code spring.flyway.*} (and {@code spring.datasource.*}) in {@code application.properties} or
 * {@code application.yml}.
 *
 * @param source the file read
 * @param values by Flyway key; lists joined with commas
 */
public record FlywaySettings(Path source, Map<String, String> values) {

    /** Where a project keeps them, in the order they are looked for. */
    public static final List<String> LOCATIONS = List.of("flyway.toml", "flyway.conf", "conf/flyway.toml", "conf/flyway.conf",
            "src/main/resources/application.properties", "src/main/resources/application.yml", "src/main/resources/application.yaml");

    public FlywaySettings {
        values = Map.copyOf(values);
    }

    /** The settings of the project in {@code directory}: the first of {@link #LOCATIONS} that exists. */
    public static FlywaySettings find(Path directory) {
        for (String candidate : LOCATIONS) {
            Path file = directory.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        throw GodwitException.of(ProblemCode.IMPORT_SOURCE, Message.of("import.source", "directory", directory), Message.of("import.source.next", "value", String.join(", ", LOCATIONS)));
    }

    public static FlywaySettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw GodwitException.of(ProblemCode.IMPORT_SOURCE, Message.of("import.source-2", "file", file), Message.of("import.source-2.next"));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, String> values;
        if (name.endsWith(".toml")) {
            values = toml(file);
        } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            values = spring(flatten(yaml(file)));
        } else if (name.startsWith("application")) {
            values = spring(properties(file));
        } else {
            values = conf(properties(file));
        }
        return new FlywaySettings(file, values);
    }

    private static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        } catch (IllegalArgumentException e) {
            throw GodwitException.of(ProblemCode.IMPORT_SOURCE, Message.of("import.source-3", "file", file, "reason", e.getMessage()), Message.of("import.source-3.next"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /** {@code flyway.conf}: {@code flyway.x=} keys. */
    private static Map<String, String> conf(Map<String, String> all) {
        Map<String, String> values = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (key.startsWith("flyway.")) {
                values.put(key.substring("flyway.".length()), value.strip());
            }
        });
        return values;
    }

    /** Spring Boot's {@code spring.flyway.*} in kebab case, with the DataSource's URL and user when Flyway has none of its own. */
    private static Map<String, String> spring(Map<String, String> all) {
        Map<String, String> values = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (key.startsWith("spring.flyway.")) {
                String rest = key.substring("spring.flyway.".length());
                String flywayKey = rest.startsWith("placeholders.") ? rest : camel(rest);
                values.put(flywayKey, value.strip());
            }
        });
        for (String key : List.of("url", "username", "password")) {
            String value = all.get("spring.datasource." + key);
            String flywayKey = key.equals("username") ? "user" : key;
            if (value != null && !values.containsKey(flywayKey)) {
                values.put(flywayKey, value.strip());
            }
        }
        return values;
    }

    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static Object yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        } catch (MarkedYAMLException e) {
            throw GodwitException.of(ProblemCode.IMPORT_SOURCE, Message.of("import.source-4", "file", file, "line", (e.getProblemMark().getLine() + 1), "problem", e.getProblem()), Message.of("import.source-4.next"));
        }
    }

    /** A YAML tree as {@code a.b.c=value} keys, lists joined with commas. */
    private static Map<String, String> flatten(Object tree) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", tree, values);
        return values;
    }

    private static void flatten(String prefix, Object node, Map<String, String> values) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, values));
        } else if (node instanceof List<?> list) {
            values.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
        } else if (node != null) {
            values.put(prefix, String.valueOf(node));
        }
    }

    /** {@code flyway.toml}: the {@code [flyway]} table, and the connection of the environment it names ({@code default} otherwise). */
    private static Map<String, String> toml(Path file) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw GodwitException.of(ProblemCode.IMPORT_SOURCE, Message.of("import.source-5", "file", file, "originalMessage", e.getOriginalMessage()), Message.of("import.source-5.next"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode flyway = root.path("flyway");
        tomlTable("", flyway, values);
        String environment = flyway.path("environment").asString("default");
        values.remove("environment");
        JsonNode env = root.path("environments").path(environment);
        tomlTable("", env, values);
        return values;
    }

    private static void tomlTable(String prefix, JsonNode table, Map<String, String> values) {
        Iterator<Map.Entry<String, JsonNode>> fields = table.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            String key = prefix + field.getKey();
            if (value.isObject()) {
                tomlTable(key + ".", value, values);
            } else if (value.isArray()) {
                List<String> items = new java.util.ArrayList<>();
                value.forEach(item -> items.add(item.asString()));
                values.put(key, String.join(",", items));
            } else {
                values.put(key, value.asString());
            }
        }
    }
}
