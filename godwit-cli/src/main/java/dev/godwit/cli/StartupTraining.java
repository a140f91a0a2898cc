package dev.godwit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Not a command: what {@code ./godwit} runs once after each build, under
 * {@code -XX:ArchiveClassesAtExit}, so that the class-data archive it writes holds the classes the
 * commands load, already parsed and verified. Later starts map that archive instead of reading and
 * verifying those classes from the jar (Java 17's dynamic AppCDS).
 *
 * <p>It runs the usual commands on a throw-away SQLite database in a temporary folder, then loads
 * (without initializing) every class of the packages a deploy's {@code migrate} touches, the
 * PostgreSQL driver's among them, which no command here reaches without a server. Hibernate
 * (read only by {@code diff} on JPA entities) is left out: the archive would double in size.
 */
public final class StartupTraining {

    /** The packages whose classes the archive holds beside those the commands loaded. */
    static final List<String> PACKAGES = List.of("dev/godwit/core/", "dev/godwit/api/", "dev/godwit/cli/", "dev/godwit/postgres/",
            "dev/godwit/sqlite/", "picocli/", "org/postgresql/");

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("godwit-training-");
        try {
            Path migrations = Files.createDirectories(folder.resolve("migrations"));
            Files.writeString(migrations.resolve("V1__trip.sql"),
                    "CREATE TABLE trip (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\nCREATE INDEX trip_name ON trip (name);\n",
                    StandardCharsets.UTF_8);
            String url = "jdbc:sqlite:" + folder.resolve("training.db");
            String dir = migrations.toString();
            run(folder, "--version");
            run(folder, "--help");
            run(folder, "migrate", "--help");
            run(folder, "hash", "--migrations", dir);
            run(folder, "lint", "--dialect", "postgresql", "--migrations", dir);
            run(folder, "lint", "--dialect", "postgresql", "--json", "--migrations", dir);
            run(folder, "migrate", "--url", url, "--migrations", dir);
            run(folder, "status", "--url", url, "--migrations", dir);
            run(folder, "status", "--json", "--url", url, "--migrations", dir);
            run(folder, "migrate", "--url", url, "--migrations", dir);
            loadClasses();
        } finally {
            delete(folder);
        }
    }

    /** A command that fails would leave its path out of the archive: the training fails, and ./godwit runs without one. */
    private static void run(Path folder, String... args) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int exit = Main.run(args, folder, Map.of(), quiet, quiet, false);
        if (exit != 0) {
            throw new IllegalStateException("godwit " + String.join(" ", args) + " exited with " + exit);
        }
    }

    /** Loads, links at dump time, never initializes: no static initializer of a driver or dialect runs here. */
    private static void loadClasses() throws IOException {
        Path jar;
        try {
            jar = Path.of(StartupTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            return;
        }
        ClassLoader loader = StartupTraining.class.getClassLoader();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.contains("-") && PACKAGES.stream().anyMatch(name::startsWith)) {
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                    } catch (LinkageError | ClassNotFoundException e) {
                        // A class of an optional dependency (OSGi, JNDI): not in the archive, loaded as usual if ever needed.
                    }
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
