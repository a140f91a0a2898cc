package dev.godwit.core.config;

import dev.godwit.core.lint.LintSettings;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.migration.Placeholders;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.RunSettings;

import java.nio.file.Path;

/**
 * Resolved configuration of one godwit invocation.
 *
 * @param connection   where to connect; its URL may be {@code null} for commands that need no database
 * @param dialect      the dialect name given explicitly ({@code dialect=}), or {@code null} to take the URL's
 * @param migrations   the migrations directory
 * @param baseDirectory the folder relative paths were resolved against
 * @param settings     lock and timeout settings
 * @param schema       the declarative schema file ({@code schema=}), or {@code null}
 * @param dev          where the dev database comes from; it manages the schemas the connection does
 * @param model        the model as code (JPA entities), when configured
 * @param placeholders the values of the {@code ${…}} in migrations ({@code placeholder.<name>=})
 * @param code         Java migrations and callbacks ({@code java-migrations=}, the Java API, Spring beans)
 * @param targets      a fleet's targets file ({@code targets=}), or {@code null}
 * @param lint         the project's levels for the lint rules ({@code lint.GW106=off})
 */
public record GodwitConfig(ConnectionSpec connection, String dialect, Path migrations, Path baseDirectory, RunSettings settings,
                           Path schema, DevSettings dev, ModelSettings model, Placeholders placeholders, JavaCode code, Path targets,
                           LintSettings lint) {

    public GodwitConfig(ConnectionSpec connection, String dialect, Path migrations, Path baseDirectory, RunSettings settings,
                        Path schema, DevSettings dev, ModelSettings model, Placeholders placeholders, JavaCode code, Path targets) {
        this(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, placeholders, code, targets, LintSettings.DEFAULTS);
    }

    public GodwitConfig(ConnectionSpec connection, String dialect, Path migrations, Path baseDirectory, RunSettings settings,
                        Path schema, DevSettings dev, ModelSettings model, Placeholders placeholders, JavaCode code) {
        this(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, placeholders, code, null);
    }

    public GodwitConfig(ConnectionSpec connection, String dialect, Path migrations, Path baseDirectory, RunSettings settings,
                        Path schema, DevSettings dev, ModelSettings model) {
        this(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, Placeholders.NONE, JavaCode.NONE);
    }

    public GodwitConfig(ConnectionSpec connection, String dialect, Path migrations, Path baseDirectory, RunSettings settings,
                        Path schema, DevSettings dev, ModelSettings model, Placeholders placeholders) {
        this(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, placeholders, JavaCode.NONE);
    }

    public GodwitConfig {
        placeholders = placeholders == null ? Placeholders.NONE : placeholders;
        code = code == null ? JavaCode.NONE : code;
        lint = lint == null ? LintSettings.DEFAULTS : lint;
        if (dev != null && connection != null) {
            dev = dev.withSchemas(connection.schemas());
        }
    }

    /**
     * Where the application's compiled code is read from: entity classes and Java migrations.
     *
     * @param entities  packages to scan ({@code entities=}); empty when the model is a schema file
     * @param classpath directories and jars holding the compiled classes ({@code classpath=}, default {@code target/classes})
     * @param naming    {@code spring} (default: Spring Boot's naming), {@code jpa}, or a physical naming strategy class name
     * @param javaMigrations packages of Java migrations and callbacks ({@code java-migrations=}), loaded from the class path by the CLI and the Maven plugin
     */
    public record ModelSettings(java.util.List<String> entities, java.util.List<Path> classpath, String naming, java.util.List<String> javaMigrations) {
        public static final ModelSettings NONE = new ModelSettings(java.util.List.of(), java.util.List.of(), "spring");

        public ModelSettings(java.util.List<String> entities, java.util.List<Path> classpath, String naming) {
            this(entities, classpath, naming, java.util.List.of());
        }

        public ModelSettings {
            entities = java.util.List.copyOf(entities);
            classpath = java.util.List.copyOf(classpath);
            javaMigrations = java.util.List.copyOf(javaMigrations);
        }

        public boolean configured() {
            return !entities.isEmpty();
        }
    }

    /** Configuration for the database at {@code connection} with defaults for everything else. */
    public static GodwitConfig of(ConnectionSpec connection, Path migrations) {
        return new GodwitConfig(connection, null, migrations, migrations.getParent(), RunSettings.DEFAULTS, null,
                DevSettings.EMBEDDED, ModelSettings.NONE);
    }

    public GodwitConfig withSchema(Path value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, value, dev, model, placeholders, code, targets, lint);
    }

    public GodwitConfig withModel(ModelSettings value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, schema, dev, value, placeholders, code, targets, lint);
    }

    public GodwitConfig withDev(DevSettings value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, schema, value, model, placeholders, code, targets, lint);
    }

    public GodwitConfig withDialect(String value) {
        return new GodwitConfig(connection, value, migrations, baseDirectory, settings, schema, dev, model, placeholders, code, targets, lint);
    }

    public GodwitConfig withPlaceholders(Placeholders value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, value, code);
    }

    /** The same configuration for another database (a fleet's target): its dev database manages the schemas that one does. */
    public GodwitConfig withConnection(ConnectionSpec value) {
        return new GodwitConfig(value, dialect, migrations, baseDirectory, settings, schema, dev, model, placeholders, code, targets, lint);
    }

    public GodwitConfig withLint(LintSettings value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, placeholders, code, targets, value);
    }

    public GodwitConfig withTargets(Path value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, placeholders, code, value, lint);
    }

    public GodwitConfig withCode(JavaCode value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, settings, schema, dev, model, placeholders, value, targets);
    }

    public GodwitConfig withSettings(RunSettings value) {
        return new GodwitConfig(connection, dialect, migrations, baseDirectory, value, schema, dev, model, placeholders, code, targets, lint);
    }
}
