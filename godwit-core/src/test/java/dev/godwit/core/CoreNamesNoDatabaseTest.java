package dev.godwit.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core is written once against the dialect interface: outside comments, no code of
 * godwit-core names a database (in a string, an identifier or an instanceof). What differs
 * between databases belongs to the dialect.
 */
class CoreNamesNoDatabaseTest {

    private static final Pattern NAMED = Pattern.compile(
            "\"[^\"]*(?i:postgres|sqlite|mysql|mariadb)[^\"]*\"|postgresVersion|godwit_new_|instanceof +(Postgres|Sqlite|SQLite|MySql|MySQL|Maria|H2)");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(\\*|//|/\\*)");

    @Test
    void noCodeOfTheCoreNamesADatabase() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!COMMENT.matcher(line).find() && NAMED.matcher(line).find()) {
                        hits.add(file + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(hits).as("move these into the dialect").isEmpty();
    }
}
