package dev.godwit.postgres;

import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.DevSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.godwit.core.testing.OwnCache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded dev server starts from a copy of a cached, initialized data directory; a broken one is made again. */
class DataDirectoryTemplateTest {

    @RegisterExtension
    final OwnCache cache = new OwnCache();

    /** The data directory of the server a new dev database runs on, while it runs. */
    private static Path dataDirectoryOfAFreshServer(String... markerCheck) throws Exception {
        try (DevDatabase dev = new PostgresDialect().devDatabase(DevSettings.EMBEDDED); Connection c = dev.create();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            Path data = Path.of(rs.getString(1));
            for (String marker : markerCheck) {
                assertThat(data.resolve(marker)).as("copied from the template, not made by initdb").exists();
            }
            return data;
        }
    }

    @Test
    void theFirstStartMakesTheTemplateAndTheNextStartFromACopyOfIt() throws Exception {
        Path template = DataDirectoryTemplate.template(PostgresDevDatabase.DEFAULT_VERSION);
        assertThat(template).doesNotExist();

        Path first = dataDirectoryOfAFreshServer();
        assertThat(template.resolve("PG_VERSION")).exists();
        assertThat(first).isNotEqualTo(template).doesNotExist(); // a copy, deleted when the server stopped

        Files.writeString(template.resolve("godwit-marker"), "from the template");
        Path second = dataDirectoryOfAFreshServer("godwit-marker");
        assertThat(second).doesNotExist();
    }

    @Test
    void aCopyAKilledProcessLeftBehindIsSweptByALaterStart() throws Exception {
        dataDirectoryOfAFreshServer(); // the template
        Path leftover = DataDirectoryTemplate.copy(PostgresDevDatabase.DEFAULT_VERSION).orElseThrow();
        // As a SIGKILLed run leaves it: zonky's lock file, free, older than zonky's ten minutes.
        Path lock = Files.writeString(leftover.resolve("epg-lock"), "");
        Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 20 * 60 * 1000));

        dataDirectoryOfAFreshServer();

        assertThat(leftover).doesNotExist();
    }

    @Test
    void aBrokenTemplateIsMadeAgainBeforeAnyServerUsesIt() throws Exception {
        Path template = DataDirectoryTemplate.template(PostgresDevDatabase.DEFAULT_VERSION);
        Files.createDirectories(template);
        Files.writeString(template.resolve("postgresql.conf"), "this is not a data directory\n");

        dataDirectoryOfAFreshServer();
        assertThat(template.resolve("PG_VERSION")).as("made again").hasContent(PostgresDevDatabase.DEFAULT_VERSION + "\n");
        assertThat(Files.readString(template.resolve("postgresql.conf"))).doesNotContain("this is not a data directory");
    }
}
