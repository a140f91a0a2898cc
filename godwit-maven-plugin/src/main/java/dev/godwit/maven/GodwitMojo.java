package dev.godwit.maven;

import dev.godwit.core.config.ConfigResolver;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.GodwitException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every godwit goal shares: configuration as the CLI reads it (godwit.properties in the
 * project's folder, GODWIT_* and DATABASE_URL, and these parameters first), with the project's
 * compile class path for the entities; a godwit problem fails the build with its message.
 */
abstract class GodwitMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(property = "godwit.url")
    String url;

    @Parameter(property = "godwit.user")
    String user;

    @Parameter(property = "godwit.password")
    String password;

    @Parameter(property = "godwit.migrations")
    String migrations;

    @Parameter(property = "godwit.schema")
    String schema;

    /** The database schemas godwit manages, comma-separated; the first holds its history ({@code schemas=}). */
    @Parameter(property = "godwit.schemas")
    String schemas;

    /** The values of the {@code ${name}} in migrations: {@code <placeholders><schema>app</schema></placeholders>}. */
    @Parameter
    java.util.Map<String, String> placeholders;

    @Parameter(property = "godwit.entities")
    String entities;

    /** Packages of Java migrations and callbacks, loaded from the project's compile class path ({@code java-migrations=}). */
    @Parameter(property = "godwit.javaMigrations")
    String javaMigrations;

    @Parameter(property = "godwit.dialect")
    String dialect;

    @Parameter(property = "godwit.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("godwit: skipped");
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        System.setProperty("org.jboss.logging.provider", System.getProperty("org.jboss.logging.provider", "slf4j"));
        try {
            registerDrivers();
            run(config());
        } catch (GodwitException e) {
            throw new MojoFailureException(e.problem().render());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    abstract void run(GodwitConfig config) throws MojoFailureException;

    private GodwitConfig config() throws MojoExecutionException {
        Map<String, String> flags = new HashMap<>();
        flags.put("url", url);
        flags.put("user", user);
        flags.put("password", password);
        flags.put("migrations", migrations);
        flags.put("schema", schema);
        flags.put("entities", entities);
        flags.put("java-migrations", javaMigrations);
        flags.put("schemas", schemas);
        if (placeholders != null) {
            placeholders.forEach((name, value) -> flags.put("placeholder." + name, value));
        }
        flags.put("dialect", dialect);
        try {
            List<String> classpath = project.getCompileClasspathElements();
            flags.put("classpath", String.join(java.io.File.pathSeparator, classpath));
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's compile class path is not resolved", e);
        }
        return dev.godwit.core.config.ApplicationCode.load(new ConfigResolver(project.getBasedir().toPath(), System.getenv()).resolve(flags, null));
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
