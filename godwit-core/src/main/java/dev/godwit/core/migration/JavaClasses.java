package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.api.Callback;
import dev.godwit.api.JavaMigration;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The Java migrations and callbacks of some packages ({@code java-migrations=}), as Flyway finds
 * them in its locations: every top-level class of the packages (and their sub-packages) is loaded,
 * without being initialized, and the concrete ones implementing {@link JavaMigration} or
 * {@link Callback} — or Flyway's {@code JavaMigration}, run as they are ({@link FlywayJavaMigration}) —
 * are created with their constructor without arguments.
 */
public final class JavaClasses {

    private JavaClasses() {
    }

    public static JavaCode find(ClassLoader loader, List<String> packages) {
        List<JavaMigration> migrations = new ArrayList<>();
        List<Callback> callbacks = new ArrayList<>();
        for (String name : classNames(loader, packages)) {
            Class<?> type = load(loader, name);
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            boolean migration = JavaMigration.class.isAssignableFrom(type);
            boolean callback = Callback.class.isAssignableFrom(type);
            if (!migration && FlywayJavaMigration.is(type)) {
                migrations.add(FlywayJavaMigration.of(create(type)));
                continue;
            }
            if (migration || callback) {
                Object made = create(type);
                if (migration) {
                    migrations.add((JavaMigration) made);
                }
                if (callback) {
                    callbacks.add((Callback) made);
                }
            }
        }
        return new JavaCode(migrations, callbacks);
    }

    /** Top-level class names of the packages, sorted: what the scan loads. */
    private static TreeSet<String> classNames(ClassLoader loader, List<String> packages) {
        TreeSet<String> names = new TreeSet<>();
        for (String pkg : packages) {
            String path = pkg.strip().replace('.', '/');
            Enumeration<URL> roots;
            try {
                roots = loader.getResources(path);
            } catch (IOException e) {
                throw cannotScan(pkg, e);
            }
            boolean found = false;
            while (roots.hasMoreElements()) {
                found = true;
                URL root = roots.nextElement();
                try {
                    if (root.getProtocol().equals("file")) {
                        inDirectory(Path.of(root.toURI()), path, names);
                    } else if (root.openConnection() instanceof JarURLConnection jar) {
                        jar.setUseCaches(false);
                        try (JarFile file = jar.getJarFile()) {
                            inJar(file, path, names);
                        }
                    }
                } catch (IOException | URISyntaxException e) {
                    throw cannotScan(pkg, e);
                }
            }
            if (!found) {
                throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("files.java-migration-invalid-3", "pkg", pkg), Message.of("files.java-migration-invalid-3.next"));
            }
        }
        return names;
    }

    private static void inDirectory(Path dir, String path, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .forEach(f -> names.add(className(path + "/" + dir.relativize(f).toString().replace('\\', '/'))));
        }
    }

    private static void inJar(JarFile file, String path, TreeSet<String> names) {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            // Spring Boot's jars keep classes under BOOT-INF/classes/.
            String inside = entry.startsWith("BOOT-INF/classes/") ? entry.substring("BOOT-INF/classes/".length()) : entry;
            if (inside.startsWith(path + "/") && inside.endsWith(".class") && !inside.contains("$")) {
                names.add(className(inside));
            }
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            type.getInterfaces(); // resolves its supertypes now, so a missing one names this class
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("files.java-migration-invalid-4", "name", name, "value", e), Message.of("files.java-migration-invalid-4.next"));
        }
    }

    private static Object create(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("files.java-migration-invalid-5", "name", type.getName()), Message.of("files.java-migration-invalid-5.next"));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("files.java-migration-invalid-6", "name", type.getName(), "cause", cause), Message.of("files.java-migration-invalid-6.next"));
        }
    }

    private static GodwitException cannotScan(String pkg, Exception e) {
        return GodwitException.of(ProblemCode.JAVA_MIGRATION_INVALID, Message.of("files.java-migration-invalid-7", "pkg", pkg, "reason", e.getMessage()), Message.of("files.java-migration-invalid-7.next"));
    }
}
