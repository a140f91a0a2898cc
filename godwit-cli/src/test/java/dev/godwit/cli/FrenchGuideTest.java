package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code docs/fr/guide-mise-a-jour.md} as a script: its blocks run, in order, in a temporary
 * project whose production database is a PostgreSQL named by {@code DATABASE_URL}, as on Railway,
 * in French.
 *
 * <ul>
 *   <li>{@code ```sh} blocks run in bash, {@code godwit} being this build's command line;</li>
 *   <li>a {@code ```text} block right after one is what it prints (stdout and stderr), compared
 *       with dates, checksums and user@host masked; a block without one must exit 0;</li>
 *   <li>a {@code ```sql} block after {@code <!-- fichier: schema.sql -->} is written to that file;</li>
 *   <li>{@code <!-- essai: … -->} is a step the reader does not see (setting up a failure);</li>
 *   <li>a {@code ./mvnw godwit:<goal> -Dgodwit.<p>=…} line is not run here (the Maven plugin's
 *       invoker tests run its goals): its goal and properties must exist in the plugin.</li>
 * </ul>
 */
class FrenchGuideTest {

    static final Path GUIDE = Path.of("../docs/fr/guide-mise-a-jour.md");

    @TempDir
    Path dir;

    sealed interface Block {
    }

    record Hidden(String script, int line) implements Block {
    }

    record FileBlock(String name, String text, int line) implements Block {
    }

    record Shell(String script, String expected, int line) implements Block {
    }

    @Test
    void everyCommandOfTheGuideRunsAndPrintsWhatTheGuideShows() throws Exception {
        List<Block> blocks = parse(Files.readString(GUIDE, StandardCharsets.UTF_8));
        assertThat(blocks.stream().filter(b -> b instanceof Shell s && s.expected() != null).count())
                .as("blocks whose output the guide shows").isGreaterThanOrEqualTo(8);
        Path project = Files.createDirectories(dir.resolve("odyssee"));
        Path bin = bin();
        String url = EmbeddedPostgresSupport.newDatabase().replace("jdbc:postgresql://", "postgres://"
                + EmbeddedPostgresSupport.APP_USER + ":" + EmbeddedPostgresSupport.APP_PASSWORD + "@");
        StringBuilder actual = new StringBuilder();
        List<String> mismatches = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof FileBlock f) {
                Files.writeString(project.resolve(f.name()), f.text(), StandardCharsets.UTF_8);
            } else if (block instanceof Hidden h) {
                Run run = bash(project, bin, url, h.script());
                assertThat(run.exit()).as("hidden step at line " + h.line() + ":\n" + h.script() + "\n" + run.output()).isZero();
            } else if (block instanceof Shell s) {
                String script = mavenLinesChecked(s);
                Run run = bash(project, bin, url, script);
                String shown = normalized(run.output());
                actual.append("--- line ").append(s.line()).append("\n").append(shown).append("\n");
                if (s.expected() == null) {
                    if (run.exit() != 0) {
                        mismatches.add("line " + s.line() + " exited " + run.exit() + ":\n" + run.output());
                    }
                } else if (!shown.strip().equals(normalized(s.expected()).strip())) {
                    mismatches.add("line " + s.line() + " printed:\n" + shown + "\nthe guide shows:\n" + s.expected());
                }
            }
        }
        Files.writeString(Path.of("target/guide-mise-a-jour.actual.txt"), actual.toString(), StandardCharsets.UTF_8);
        assertThat(mismatches).as("blocks of " + GUIDE + " (every output: target/guide-mise-a-jour.actual.txt)").isEmpty();
    }

    private static final Pattern MAVEN = Pattern.compile("^\\s*\\./mvnw (?:-\\S+ )*godwit:([a-z-]+)((?: -D\\S+)*)\\s*(?:#.*)?$");

    /** The script without its ./mvnw lines, each checked against the plugin's goals and properties. */
    private static String mavenLinesChecked(Shell shell) throws IOException {
        StringBuilder script = new StringBuilder();
        for (String line : shell.script().split("\n")) {
            if (!line.strip().startsWith("./mvnw")) {
                script.append(line).append('\n');
                continue;
            }
            Matcher m = MAVEN.matcher(line);
            if (!m.matches()) {
                fail("line " + shell.line() + ": a ./mvnw line the test cannot check: " + line);
            }
            String mojos = mojoSources();
            assertThat(mojos).as("goal godwit:" + m.group(1)).contains("@Mojo(name = \"" + m.group(1) + "\"");
            for (String property : m.group(2).strip().split(" ")) {
                if (!property.isEmpty()) {
                    String name = property.substring(2, property.indexOf('='));
                    assertThat(mojos).as("property " + name).contains("property = \"" + name + "\"");
                }
            }
        }
        return script.toString();
    }

    private static String mojoSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(Path.of("../godwit-maven-plugin/src/main/java/dev/godwit/maven"))) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String pendingFile = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("<!-- essai:")) {
                StringBuilder script = new StringBuilder(trimmed.substring("<!-- essai:".length()));
                int start = i;
                while (!script.toString().strip().endsWith("-->")) {
                    script.append('\n').append(lines[++i]);
                }
                String text = script.toString().strip();
                blocks.add(new Hidden(text.substring(0, text.length() - 3).strip(), start + 1));
            } else if (trimmed.startsWith("<!-- fichier:")) {
                pendingFile = trimmed.substring("<!-- fichier:".length(), trimmed.length() - 3).strip();
            } else if (trimmed.startsWith("```") && trimmed.length() > 3) {
                String kind = trimmed.substring(3);
                int indent = line.indexOf("```");
                int start = i;
                StringBuilder body = new StringBuilder();
                while (!lines[++i].strip().equals("```")) {
                    String content = lines[i];
                    body.append(content.length() >= indent && content.substring(0, indent).isBlank() ? content.substring(indent) : content.strip()).append('\n');
                }
                if (kind.equals("sql") && pendingFile != null) {
                    blocks.add(new FileBlock(pendingFile, body.toString(), start + 1));
                } else if (kind.equals("sh")) {
                    blocks.add(new Shell(body.toString(), null, start + 1));
                } else if (kind.equals("text") && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Shell s && s.expected() == null) {
                    blocks.set(blocks.size() - 1, new Shell(s.script(), body.toString(), s.line()));
                }
                pendingFile = null;
            }
        }
        return blocks;
    }

    /** What varies from run to run: dates, checksums, who applied, the port and name of the test database. */
    static String normalized(String text) {
        return text.replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d)", "<date>")
                .replaceAll("\\b[0-9a-f]{12}\\b", "<somme>")
                .replaceAll("\\b[\\w.-]+@[\\w.-]+\\b", "<qui>")
                .replaceAll("localhost:\\d+/godwit_test_\\d+", "localhost:5432/railway")
                .replaceAll("[ \\t]+\\n", "\n");
    }

    record Run(int exit, String output) {
    }

    private Run bash(Path project, Path bin, String url, String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", script).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        // French by GODWIT_LANG, and a UTF-8 locale this machine has: a locale it lacks (fr_FR.UTF-8 on a
        // bare CI image) leaves Java decoding the arguments as ASCII, and « création » would lose its é.
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("GODWIT_LANG", "fr");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("DATABASE_URL", url);
        builder.environment().put("GIT_AUTHOR_NAME", "Équipe Odyssée");
        builder.environment().put("GIT_AUTHOR_EMAIL", "equipe@odyssee.example");
        builder.environment().put("GIT_COMMITTER_NAME", "Équipe Odyssée");
        builder.environment().put("GIT_COMMITTER_EMAIL", "equipe@odyssee.example");
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + script);
        }
        return new Run(process.exitValue(), output);
    }

    /** A {@code godwit} command on PATH: this build's command line, with the build's godwit.cache. */
    private Path bin() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path godwit = bin.resolve("godwit");
        String cache = System.getProperty("godwit.cache", "");
        Files.writeString(godwit, "#!/usr/bin/env bash\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -Xshare:auto -XX:TieredStopAtLevel=1"
                + (cache.isEmpty() ? "" : " '-Dgodwit.cache=" + cache + "'")
                + " -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(godwit, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }
}
