package dev.godwit.jpa;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.ModelSource;
import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.sql.StatementSplitter;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.internal.exec.ScriptTargetOutputToWriter;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JPA entities as the desired schema, exactly as Hibernate maps them: Hibernate's boot metadata
 * (no database connection) renders its DDL for the target dialect, which godwit loads into the
 * dev database and inspects like any other schema source.
 */
public final class JpaModelSource implements ModelSource {

    @Override
    public Model load(GodwitConfig.ModelSettings settings, Dialect dialect) {
        URL[] urls = settings.classpath().stream().map(JpaModelSource::url).toArray(URL[]::new);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls, JpaModelSource.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            List<Class<?>> classes = EntityScanner.scan(settings.classpath(), settings.entities(), loader);
            if (classes.stream().noneMatch(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class))) {
                throw GodwitException.of(ProblemCode.MODEL_CONFIG, Message.of("jpa.model-config-2", "entities", String.join(", ", settings.entities()), "classpath", settings.classpath().stream().map(Path::toString).collect(Collectors.joining(", "))), Message.of("jpa.model-config-2.next"));
            }
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(hibernateSettings(dialect, settings, loader)).build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                classes.forEach(sources::addAnnotatedClass);
                Metadata metadata;
                try {
                    metadata = sources.buildMetadata();
                } catch (RuntimeException | LinkageError e) {
                    throw GodwitException.of(ProblemCode.ENTITIES_INVALID, Message.of("jpa.entities-invalid-3", "reason", e.getMessage()), Message.of("jpa.entities-invalid-3.next"));
                }
                List<String> statements = ddl(metadata, registry, dialect);
                String description = classes.stream().filter(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class)).count()
                        + " entities in " + String.join(", ", settings.entities());
                return new Model(description, statements, schema -> SqliteCompletion.needed(dialect) ? SqliteCompletion.complete(schema, metadata) : schema);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } catch (java.io.IOException e) {
            // Only closing the class loader throws here: a jar of the class path could not be read.
            throw dev.godwit.core.problem.FileProblems.cannotRead(settings.classpath().isEmpty() ? Path.of(".") : settings.classpath().get(0), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static Map<String, Object> hibernateSettings(Dialect dialect, GodwitConfig.ModelSettings settings, ClassLoader loader) {
        Map<String, Object> values = new HashMap<>();
        // No connection: Hibernate must not ask a database which version it is, and would assume an old one.
        values.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        switch (dialect.name()) {
            case "postgresql" -> {
                values.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
                values.put("jakarta.persistence.database-product-name", "PostgreSQL");
                values.put("jakarta.persistence.database-major-version", "17");
            }
            case "sqlite" -> {
                values.put("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
                values.put("jakarta.persistence.database-product-name", "SQLite");
                values.put("jakarta.persistence.database-major-version", "3");
                values.put("jakarta.persistence.database-minor-version", "45");
            }
            default -> throw GodwitException.of(ProblemCode.MODEL_CONFIG, Message.of("jpa.model-config-3", "dialect", dialect.name()), Message.of("jpa.model-config-3.next"));
        }
        switch (settings.naming()) {
            case "spring" -> {
                values.put("hibernate.physical_naming_strategy", new SpringPhysicalNaming());
                values.put("hibernate.implicit_naming_strategy", new SpringImplicitNaming());
            }
            case "jpa" -> { }
            default -> values.put("hibernate.physical_naming_strategy", instantiate(settings.naming(), loader));
        }
        values.put("hibernate.hbm2ddl.delimiter", ";");
        values.put("hibernate.format_sql", "false");
        return values;
    }

    private static Object instantiate(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw GodwitException.of(ProblemCode.MODEL_CONFIG, Message.of("jpa.model-config-4", "className", className, "value", e), Message.of("jpa.model-config-4.next"));
        }
    }

    /** Hibernate's CREATE statements for the metadata, as a script. */
    private static List<String> ddl(Metadata metadata, StandardServiceRegistry registry, Dialect dialect) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
        ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings, ExceptionHandlerHaltImpl.INSTANCE);
        ScriptTargetOutput output = new ScriptTargetOutputToWriter(script);
        registry.requireService(SchemaManagementTool.class).getSchemaCreator(settings).doCreation(metadata, options, ContributableMatcher.ALL,
                new SourceDescriptor() {
                    public SourceType getSourceType() {
                        return SourceType.METADATA;
                    }

                    public ScriptSourceInput getScriptSourceInput() {
                        return null;
                    }
                },
                new TargetDescriptor() {
                    public EnumSet<TargetType> getTargetTypes() {
                        return EnumSet.of(TargetType.SCRIPT);
                    }

                    public ScriptTargetOutput getScriptTargetOutput() {
                        return output;
                    }
                });
        List<String> statements = new ArrayList<>();
        for (SqlStatement statement : StatementSplitter.split(script.toString(), dialect.syntax())) {
            statements.add(statement.sql());
        }
        return statements;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }
}
