package dev.godwit.cli;

import dev.godwit.core.config.ConfigResolver;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys a dialect names for its users (dev-postgres-version) mean the core's neutral key (dev-version). */
class ConfigAliasTest {

    @TempDir
    Path dir;

    @Test
    void theDialectsOwnNameForAKeyIsReadInTheFileAndTheEnvironment() throws Exception {
        Files.writeString(dir.resolve("godwit.properties"), "dev-postgres-version=16\n");
        assertThat(new ConfigResolver(dir, Map.of()).resolve(Map.of(), null).dev().version()).isEqualTo("16");
        assertThat(new ConfigResolver(dir, Map.of("GODWIT_DEV_POSTGRES_VERSION", "15")).resolve(Map.of(), null).dev().version()).isEqualTo("15");
        assertThat(new ConfigResolver(dir, Map.of("GODWIT_DEV_POSTGRES_VERSION", "15", "GODWIT_DEV_VERSION", "14"))
                .resolve(Map.of(), null).dev().version()).as("the neutral name wins").isEqualTo("14");
        Files.writeString(dir.resolve("godwit.properties"), "dev-version=\n");
        assertThat(new ConfigResolver(dir, Map.of()).resolve(Map.of(), null).dev().version()).as("unset: the dialect's default").isNull();
    }

    @Test
    void anUnknownKeyIsStillNamed() throws Exception {
        Files.writeString(dir.resolve("godwit.properties"), "dev-mysql-version=8\n");
        assertThatThrownBy(() -> new ConfigResolver(dir, Map.of()).resolve(Map.of(), null)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.CONFIG_UNKNOWN_KEY);
            assertThat(e.problem().summary()).contains("dev-mysql-version");
        });
    }
}
