package dev.godwit.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The run ./godwit records its class-data archive from: every command in it succeeds, and it leaves nothing behind. */
class StartupTrainingTest {

    @Test
    void runsTheCommandsAndCleansUp() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingFolders(tmp);
        StartupTraining.main(new String[0]);
        assertThat(trainingFolders(tmp)).isEqualTo(before);
    }

    @Test
    void theArchivedPackagesAreTheOnesAMigrateLoads() {
        assertThat(StartupTraining.PACKAGES).contains("picocli/", "org/postgresql/", "dev/godwit/core/", "dev/godwit/cli/")
                .noneMatch(p -> p.contains("hibernate") || p.contains("jpa"));
    }

    private static List<Path> trainingFolders(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("godwit-training-")).sorted().toList();
        }
    }
}
