package dev.godwit.maven;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.ConfigResolver;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.GodwitException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import dev.godwit.core.message.Catalogue;
import dev.godwit.core.message.Language;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What every goal shares: configuration as for the CLI (these parameters, then {@code GODWIT_*}
 * and {@code DATABASE_URL}, then {@code godwit.properties} in the project folder), with the
 * defaults of the Spring Boot starter: migrations in {@code src/main/resources/db/godwit}, the
 * entities those of the project's own classes, the dialect that of the URL or of the JDBC driver
 * the project depends on.
 */
abstract class GodwitMojo extends AbstractMojo {

    /** The folder the starter reads as classpath:db/godwit: the plugin's default, so both see the same migrations. */
    static final String DEFAULT_MIGRATIONS = "src/main/resources/db/godwit";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The target database's JDBC URL (jdbc:postgresql://…, jdbc:sqlite:…); DATABASE_URL's PaaS form works too. Goals that only read files need none. */
    @Parameter(property = "godwit.url")
    String url;

    /** The target database's user. */
    @Parameter(property = "godwit.user")
    String user;

    /** The target database's password; better given as GODWIT_PASSWORD in the environment than in the POM. */
    @Parameter(property = "godwit.password")
    String password;

    /** The migrations folder, relative to the project; default src/main/resources/db/godwit (the starter's classpath:db/godwit). */
    @Parameter(property = "godwit.migrations")
    String migrations;

    /** A declarative SQL file as the desired schema, instead of the entities. */
    @Parameter(property = "godwit.schema")
    String schema;

    /** The database schemas godwit manages, comma-separated; the first holds its history ({@code schemas=}). */
    @Parameter(property = "godwit.schemas")
    String schemas;

    /** The values of the {@code ${name}} in migrations: {@code <placeholders><schema>app</schema></placeholders>}. */
    @Parameter
    java.util.Map<String, String> placeholders;

    /** Packages of the JPA entities that are the desired schema, comma-separated; default: every package of the project's classes holding an @Entity. */
    @Parameter(property = "godwit.entities")
    String entities;

    /** Packages of Java migrations and callbacks, loaded from the project's compile class path ({@code java-migrations=}). */
    @Parameter(property = "godwit.javaMigrations")
    String javaMigrations;

    /** postgresql or sqlite; default: the URL's, else that of the JDBC driver the project depends on. */
    @Parameter(property = "godwit.dialect")
    String dialect;

    /** The language of godwit's messages, en or fr; default: the system locale (LANG, LC_ALL, LC_MESSAGES). */
    @Parameter(property = "godwit.lang")
    String lang;

    /** Skips the goal. */
    @Parameter(property = "godwit.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            info(Message.of("maven.godwit"));
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        System.setProperty("org.jboss.logging.provider", System.getProperty("org.jboss.logging.provider", "slf4j"));
        QuietLogs.unlessDebug(getLog().isDebugEnabled());
        try {
            registerDrivers();
            run(config());
        } catch (GodwitException e) {
            throw new MojoFailureException(e.problem().render(Catalogue.of(language())));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** A line of the build's log, in the user's language. */
    void info(dev.godwit.core.message.Message message) {
        getLog().info(Catalogue.of(language()).text(message));
    }

    void warn(dev.godwit.core.message.Message message) {
        getLog().warn(Catalogue.of(language()).text(message));
    }

    /** {@code <lang>} or {@code -Dgodwit.lang}, else the locale's. */
    Language language() {
        return Language.parse(lang).orElseGet(() -> Language.ofEnvironment(System.getenv()));
    }

    abstract void run(GodwitConfig config) throws MojoFailureException, MojoExecutionException;

    /** Whether the goal reads the entities (and so needs classes compiled from the current sources). */
    boolean readsModel() {
        return false;
    }

    private GodwitConfig config() throws MojoExecutionException, MojoFailureException {
        Path base = project.getBasedir().toPath();
        Map<String, String> file = propertiesFile(base);
        Map<String, String> flags = new HashMap<>();
        flags.put("url", url);
        flags.put("user", user);
        flags.put("password", password);
        flags.put("migrations", migrations != null ? migrations : configured("migrations", file) ? null : DEFAULT_MIGRATIONS);
        flags.put("schema", schema);
        flags.put("schemas", schemas);
        if (placeholders != null) {
            placeholders.forEach((name, value) -> flags.put("placeholder." + name, value));
        }
        flags.put("dialect", dialect != null ? dialect
                : url != null || configured("url", file) || configured("dialect", file) || present("DATABASE_URL") ? null : Defaults.driverDialect(project));
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        String model = entities;
        if (model == null && schema == null && !configured("entities", file) && !configured("schema", file)) {
            List<String> found = Defaults.entityPackages(classes);
            model = found.isEmpty() ? null : String.join(",", found);
        }
        flags.put("entities", model);
        flags.put("java-migrations", javaMigrations);
        try {
            List<String> classpath = project.getCompileClasspathElements();
            flags.put("classpath", String.join(java.io.File.pathSeparator, classpath));
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's compile class path is not resolved", e);
        }
        GodwitConfig config = new ConfigResolver(base, System.getenv()).resolve(flags, null);
        if (readsModel() && config.model().configured()) {
            Defaults.requireFreshClasses(project, classes);
        }
        return dev.godwit.core.config.ApplicationCode.load(config);
    }

    /** Whether a key is set in godwit.properties or as GODWIT_<KEY>. */
    private static boolean configured(String key, Map<String, String> file) {
        return file.containsKey(key) || present("GODWIT_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    private static boolean present(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }

    private static Map<String, String> propertiesFile(Path base) {
        Path file = base.resolve(ConfigResolver.PROPERTIES_FILE);
        Map<String, String> values = new HashMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                return values; // the resolver reads it again and reports what is wrong with it
            }
            properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        }
        return values;
    }

    /**
     * A plugin's class realm is not where DriverManager looks for drivers at start-up; loading
     * them here registers them (JDBC 4 drivers register themselves when initialized).
     */
    private void registerDrivers() {
        for (String driver : List.of("org.postgresql.Driver", "org.sqlite.JDBC")) {
            try {
                Class.forName(driver, true, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                getLog().debug("no driver " + driver);
            }
        }
    }
}
