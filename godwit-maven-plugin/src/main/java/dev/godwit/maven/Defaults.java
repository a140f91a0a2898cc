package dev.godwit.maven;

import dev.godwit.core.problem.FileProblems;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What the plugin finds in the project when the configuration does not say it. */
final class Defaults {

    private static final byte[] ENTITY = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.US_ASCII);

    private Defaults() {
    }

    /** The dialect of the JDBC driver the project depends on, or {@code null} when it has neither or both. */
    static String driverDialect(MavenProject project) {
        boolean postgres = false;
        boolean sqlite = false;
        for (Dependency dependency : project.getDependencies()) {
            postgres |= dependency.getGroupId().equals("org.postgresql") && dependency.getArtifactId().equals("postgresql");
            sqlite |= dependency.getGroupId().equals("org.xerial") && dependency.getArtifactId().equals("sqlite-jdbc");
        }
        return postgres == sqlite ? null : postgres ? "postgresql" : "sqlite";
    }

    /** The packages of the compiled classes that are {@code @Entity} (the class file names the annotation). */
    static List<String> entityPackages(Path classes) {
        if (!Files.isDirectory(classes)) {
            return List.of();
        }
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (contains(Files.readAllBytes(file), ENTITY) && file.getParent() != null && !file.getParent().equals(classes)) {
                    packages.add(classes.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.'));
                }
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(classes, e);
        }
        return new ArrayList<>(packages);
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Refuses to read entities from classes older than their sources: a goal run on its own
     * ({@code ./mvnw godwit:check}) does not compile, and a stale class would pass a check the
     * sources fail.
     */
    static void requireFreshClasses(MavenProject project, Path classes) throws MojoFailureException {
        for (String root : project.getCompileSourceRoots()) {
            Path sources = Path.of(root);
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String relative = sources.relativize(source).toString();
                    if (relative.endsWith("package-info.java") || relative.endsWith("module-info.java")) {
                        continue;
                    }
                    Path compiled = classes.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
                    FileTime written = Files.getLastModifiedTime(source);
                    if (!Files.isRegularFile(compiled) || Files.getLastModifiedTime(compiled).compareTo(written) < 0) {
                        throw new MojoFailureException("error[GW-E111]: " + project.getBasedir().toPath().relativize(source)
                                + " is newer than its compiled class, so the entities godwit would read are not the ones in the sources"
                                + "\n  next: compile first: `./mvnw compile godwit:<goal>` (or `./mvnw verify`, which compiles and then checks)");
                    }
                }
            } catch (IOException e) {
                throw FileProblems.cannotRead(sources, e);
            }
        }
    }
}
