package dev.godwit.jpa;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the classes annotated {@code @Entity}, {@code @Embeddable} or {@code @MappedSuperclass} in packages of a class path. */
final class EntityScanner {

    private EntityScanner() {
    }

    static List<Class<?>> scan(List<Path> classpath, List<String> packages, URLClassLoader loader) {
        List<String> names = new ArrayList<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                names.addAll(inDirectory(entry, packages));
            } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                names.addAll(inJar(entry, packages));
            } else {
                throw GodwitException.of(ProblemCode.MODEL_CONFIG, Message.of("jpa.model-config", "entry", entry), Message.of("jpa.model-config.next"));
            }
        }
        List<Class<?>> mapped = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw GodwitException.of(ProblemCode.ENTITIES_INVALID, Message.of("jpa.entities-invalid", "name", name, "value", e), Message.of("jpa.entities-invalid.next"));
            }
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class) || type.isAnnotationPresent(MappedSuperclass.class)) {
                try {
                    type.getDeclaredFields(); // resolves the field types now, so a missing one names this class
                    type.getDeclaredMethods();
                } catch (LinkageError e) {
                    throw GodwitException.of(ProblemCode.ENTITIES_INVALID, Message.of("jpa.entities-invalid-2", "name", name, "reason", e.getMessage().replace('/', '.')), Message.of("jpa.entities-invalid-2.next"));
                }
                mapped.add(type);
            }
        }
        return mapped;
    }

    private static List<String> inDirectory(Path root, List<String> packages) {
        List<String> names = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                    if (mentionsMapping(Files.readAllBytes(f))) {
                        names.add(className(root.relativize(f).toString()));
                    }
                }
            } catch (IOException e) {
                throw FileProblems.cannotRead(dir, e);
            }
        }
        return names;
    }

    private static List<String> inJar(Path jar, List<String> packages) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry jarEntry = entries.nextElement();
                String entry = jarEntry.getName();
                if (entry.endsWith(".class") && !entry.contains("$")
                        && packages.stream().anyMatch(p -> entry.startsWith(p.replace('.', '/') + "/"))) {
                    try (java.io.InputStream in = file.getInputStream(jarEntry)) {
                        if (mentionsMapping(in.readAllBytes())) {
                            names.add(className(entry));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(jar, e);
        }
        return names;
    }

    private static final List<byte[]> MAPPING_ANNOTATIONS = List.of(
            "Ljakarta/persistence/Entity;".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "Ljakarta/persistence/Embeddable;".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "Ljakarta/persistence/MappedSuperclass;".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /**
     * Whether a class file names a mapping annotation (in its constant pool). Only such classes are
     * loaded: loading a repository or controller would need Spring on the class path, and a class
     * that does not map anything must not stop the scan.
     */
    static boolean mentionsMapping(byte[] classFile) {
        for (byte[] annotation : MAPPING_ANNOTATIONS) {
            outer:
            for (int i = 0; i <= classFile.length - annotation.length; i++) {
                for (int j = 0; j < annotation.length; j++) {
                    if (classFile[i + j] != annotation[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    }
}
