package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.api.Context;
import dev.godwit.api.JavaMigration;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A Flyway Java migration ({@code org.flywaydb.core.api.migration.JavaMigration}, usually a
 * {@code BaseJavaMigration}) run as it is, so a Flyway project's Java migrations need no rewrite:
 * its version, description and checksum are Flyway's own, and its {@code migrate} is given a
 * Flyway {@code Context} whose connection is godwit's. Reached by reflection: godwit does not
 * depend on Flyway; the project's class path holds it.
 */
final class FlywayJavaMigration implements JavaMigration {

    static final String INTERFACE = "org.flywaydb.core.api.migration.JavaMigration";

    private final Object migration;
    private final Class<?> contextType;

    private FlywayJavaMigration(Object migration, Class<?> contextType) {
        this.migration = migration;
        this.contextType = contextType;
    }

    /** Whether {@code type} is a Flyway Java migration (the interface is looked up by name, among its supertypes). */
    static boolean is(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(INTERFACE)) {
                    return true;
                }
            }
        }
        return false;
    }

    static FlywayJavaMigration of(Object migration) {
        try {
            Class<?> contextType = Class.forName("org.flywaydb.core.api.migration.Context", false, migration.getClass().getClassLoader());
            return new FlywayJavaMigration(migration, contextType);
        } catch (ClassNotFoundException e) {
            throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("files.java-migration-invalid", "name", migration.getClass().getName()), Message.of("files.java-migration-invalid.next"));
        }
    }

    @Override
    public String version() {
        Object version = call("getVersion");
        return version == null ? null : String.valueOf(call(version, "getVersion"));
    }

    @Override
    public String description() {
        return String.valueOf(call("getDescription"));
    }

    @Override
    public String checksum() {
        Object checksum = call("getChecksum");
        return checksum == null ? null : "flyway:" + checksum;
    }

    @Override
    public String name() {
        return migration.getClass().getName();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Object flywayContext = Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[]{contextType}, (proxy, method, args) -> switch (method.getName()) {
            case "getConnection" -> context.connection();
            case "getConfiguration" -> null; // godwit has no Flyway configuration to give
            case "toString" -> "godwit's context for " + name();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(method.getName());
        });
        Method migrate = migration.getClass().getMethod("migrate", contextType);
        try {
            migrate.invoke(migration, flywayContext);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Object call(String method) {
        return call(migration, method);
    }

    private static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("files.java-migration-invalid-2", "name", target.getClass().getName(), "method", method, "cause", cause), Message.of("files.java-migration-invalid-2.next"));
        }
    }
}
