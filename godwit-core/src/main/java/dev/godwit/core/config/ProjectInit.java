package dev.godwit.core.config;

import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.migration.MigrationDirectory;
import dev.godwit.core.migration.SumFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code godwit init}: a {@code godwit.properties} that works at once (an SQLite file) and a {@code migrations/} folder. */
public final class ProjectInit {

    private static final String PROPERTIES = """
            # godwit configuration. Flags and GODWIT_* / DATABASE_URL environment variables override these.
            # PostgreSQL: url=jdbc:postgresql://localhost:5432/odyssee  (or DATABASE_URL=postgres://user:pass@host:5432/db)
            url=jdbc:sqlite:godwit.db
            migrations=migrations
            # The desired schema `godwit diff` writes migrations from:
            # schema=schema.sql
            # user=
            # password=   (better: GODWIT_PASSWORD in the environment)
            # lock-timeout=400ms
            """;

    /** The template's URL line: a local database, which needs no server. */
    private static final String LOCAL_URL = PROPERTIES.lines().filter(l -> l.startsWith("url=")).findFirst().orElseThrow() + "\n";

    private ProjectInit() {
    }

    private static String properties(Map<String, String> environment) {
        for (String variable : List.of("GODWIT_URL", "DATABASE_URL")) {
            String url = environment.get(variable);
            if (url == null || url.isBlank()) {
                continue;
            }
            String dialect;
            try {
                String jdbc = url.startsWith("jdbc:") ? url : dev.godwit.core.spi.Dialects.fromPlatformUrl(url.strip()).map(c -> c.url()).orElse(null);
                dialect = jdbc == null ? null : dev.godwit.core.spi.Dialects.resolve(null, jdbc).name();
            } catch (RuntimeException e) {
                dialect = null; // a URL no dialect reads: left to the commands, which name what is wrong with it
            }
            return PROPERTIES.replace(LOCAL_URL, "# url: from " + variable + " (" + dev.godwit.core.spi.Redaction.url(url) + ")\n"
                    + (dialect == null ? "" : "dialect=" + dialect + "\n"));
        }
        return PROPERTIES;
    }

    /** @return what was created (paths relative to {@code directory}); existing files are left alone */
    public static List<String> run(Path directory) {
        return run(directory, Map.of());
    }

    /**
     * As {@link #run(Path)}; when the environment names the database ({@code GODWIT_URL},
     * {@code DATABASE_URL}), the file says which (its password masked) and its dialect, instead of a
     * local SQLite URL that a shell without that variable would silently use.
     */
    public static List<String> run(Path directory, Map<String, String> environment) {
        List<String> created = new ArrayList<>();
        try {
            Path properties = directory.resolve(ConfigResolver.PROPERTIES_FILE);
            if (!Files.exists(properties)) {
                Files.writeString(properties, properties(environment), StandardCharsets.UTF_8);
                created.add(ConfigResolver.PROPERTIES_FILE);
            }
            Path migrations = directory.resolve("migrations");
            if (!Files.exists(migrations)) {
                Files.createDirectories(migrations);
                created.add("migrations/");
            }
            if (!Files.exists(migrations.resolve(MigrationDirectory.SUM_FILE))) {
                new SumFile(Map.of()).write(migrations);
                created.add("migrations/" + MigrationDirectory.SUM_FILE);
            }
        } catch (IOException e) {
            throw FileProblems.cannotWrite(directory, e);
        }
        return created;
    }
}
