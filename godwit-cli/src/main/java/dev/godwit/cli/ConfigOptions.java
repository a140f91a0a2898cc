package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.ConfigResolver;
import dev.godwit.core.config.GodwitConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The options that say where the database and the migrations are; shared by every command. */
final class ConfigOptions {

    @Option(names = "--url", paramLabel = "URL", description = "JDBC URL (jdbc:postgresql://…, jdbc:sqlite:file.db) or postgres://user:pass@host:port/db")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "database user")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "database password (prefer GODWIT_PASSWORD: a flag is visible to other users in `ps`)")
    String password;

    @Option(names = "--migrations", paramLabel = "DIR", description = "migrations directory (default: migrations)")
    String migrations;

    @Option(names = "--dialect", paramLabel = "NAME", description = "postgresql or sqlite (default: from the URL)")
    String dialect;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", description = "how long a statement may wait for a table lock before the migration is rolled back and retried (default 400ms)")
    String lockTimeout;

    @Option(names = "--schema", paramLabel = "FILE", description = "the desired schema, a SQL file of CREATE statements (schema= in godwit.properties)")
    String schema;

    @Option(names = "--schemas", paramLabel = "NAMES", description = "the database schemas godwit manages, the first holding its history (schemas=; default: every non-system schema)")
    String schemas;

    @Option(names = "--placeholder", paramLabel = "NAME=VALUE", description = "the value of ${NAME} in migrations (placeholder.NAME= in godwit.properties); repeatable")
    java.util.List<String> placeholders = new java.util.ArrayList<>();

    @Option(names = "--entities", paramLabel = "PACKAGES", description = "packages of JPA @Entity classes: the desired schema (entities=)")
    String entities;

    @Option(names = "--java-migrations", paramLabel = "PACKAGES", description = "packages of Java migrations and callbacks, loaded from --classpath (java-migrations=)")
    String javaMigrations;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "directories and jars with the compiled entities (classpath=, default target/classes)")
    String classpath;

    @Option(names = "--dev-url", paramLabel = "URL", description = "a database godwit may create and drop schemas in, instead of the embedded dev database")
    String devUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration file (default: ./godwit.properties)")
    Path config;

    GodwitConfig resolve(Main.Context context) {
        Map<String, String> flags = new HashMap<>();
        flags.put("url", url);
        flags.put("user", user);
        flags.put("password", password);
        flags.put("migrations", migrations);
        flags.put("dialect", dialect);
        flags.put("lock-timeout", lockTimeout);
        flags.put("schema", schema);
        flags.put("dev-url", devUrl);
        flags.put("schemas", schemas);
        for (String placeholder : placeholders) {
            int equals = placeholder.indexOf('=');
            if (equals <= 0) {
                throw dev.godwit.core.problem.GodwitException.of(dev.godwit.core.problem.ProblemCode.BAD_ARGUMENT,
                        Message.of("cli.placeholder.bad", "placeholder", placeholder), Message.of("cli.placeholder.bad.next"));
            }
            flags.put("placeholder." + placeholder.substring(0, equals).strip(), placeholder.substring(equals + 1));
        }
        flags.put("entities", entities);
        flags.put("classpath", classpath);
        flags.put("java-migrations", javaMigrations);
        return dev.godwit.core.config.ApplicationCode.load(new ConfigResolver(context.workingDirectory(), context.environment()).resolve(flags, config));
    }
}
