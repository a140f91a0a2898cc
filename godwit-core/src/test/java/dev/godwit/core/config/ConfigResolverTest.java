package dev.godwit.core.config;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Precedence and validation; URLs use a JDBC form no dialect needs to translate (core has no dialect on its class path). */
class ConfigResolverTest {

    @TempDir
    Path dir;

    private GodwitConfig resolve(Map<String, String> env, Map<String, String> flags, Path config) {
        return new ConfigResolver(dir, env).resolve(flags, config);
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheFile() throws IOException {
        Files.writeString(dir.resolve("godwit.properties"), "user=from_file\npassword=file_pw\nmigrations=db/migrations\nlock-timeout=2s\n");
        GodwitConfig fileOnly = resolve(Map.of(), Map.of(), null);
        assertThat(fileOnly.connection().user()).isEqualTo("from_file");
        assertThat(fileOnly.migrations()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(fileOnly.settings().lockTimeout()).isEqualTo(Duration.ofSeconds(2));

        GodwitConfig env = resolve(Map.of("GODWIT_USER", "from_env", "GODWIT_LOCK_TIMEOUT", "750ms"), Map.of(), null);
        assertThat(env.connection().user()).isEqualTo("from_env");
        assertThat(env.settings().lockTimeout()).isEqualTo(Duration.ofMillis(750));

        Map<String, String> flags = new HashMap<>();
        flags.put("user", "from_flag");
        flags.put("url", null);
        assertThat(resolve(Map.of("GODWIT_USER", "from_env"), flags, null).connection().user()).isEqualTo("from_flag");
    }

    @Test
    void relativePathsInAConfigFileResolveAgainstItsFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(sub.resolve("prod.properties"), "migrations=../sql\n");
        GodwitConfig config = resolve(Map.of(), Map.of(), Path.of("conf/prod.properties"));
        assertThat(config.migrations()).isEqualTo(dir.resolve("sql"));
        assertThat(config.baseDirectory()).isEqualTo(sub);
    }

    @Test
    void unknownKeysBadDurationsAndAMissingConfigFileAreConfigurationErrors() throws IOException {
        Files.writeString(dir.resolve("godwit.properties"), "urll=jdbc:x\n");
        assertConfigurationError(() -> resolve(Map.of(), Map.of(), null), "unknown key(s): urll");

        Files.writeString(dir.resolve("godwit.properties"), "lock-timeout=soon\n");
        assertConfigurationError(() -> resolve(Map.of(), Map.of(), null), "lock-timeout=soon is not a duration");

        assertConfigurationError(() -> resolve(Map.of(), Map.of(), Path.of("absent.properties")), "does not exist");
    }

    @Test
    void thePasswordNeverShowsInTheConfigsText() {
        GodwitConfig config = resolve(Map.of("GODWIT_PASSWORD", "hunter2"), Map.of(), null);
        assertThat(config.connection().password().reveal()).isEqualTo("hunter2");
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    private static void assertConfigurationError(Runnable action, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().kind()).isEqualTo(Problem.Kind.CONFIGURATION);
            assertThat(e.problem().summary()).contains(message);
        });
    }
}
