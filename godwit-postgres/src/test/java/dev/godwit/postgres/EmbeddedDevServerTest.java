package dev.godwit.postgres;

import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.DevSettings;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dev databases in a row share one embedded server while it is kept; each drops what it made; the last one out stops it. */
class EmbeddedDevServerTest {

    private static String database(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database() || ':' || inet_server_port()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aKeptServerIsSharedAndEachDevDatabaseDropsItsOwn() throws Exception {
        PostgresDialect dialect = new PostgresDialect();
        String firstDatabase;
        Connection survivor;
        try (AutoCloseable kept = dialect.keepDevServer()) {
            DevDatabase first = dialect.devDatabase(DevSettings.EMBEDDED);
            Connection one = first.create();
            firstDatabase = database(one);
            one.close();
            first.close();

            try (DevDatabase second = dialect.devDatabase(DevSettings.EMBEDDED); Connection two = second.create()) {
                String secondDatabase = database(two);
                // The same server (port) kept running; a database name of its own.
                assertThat(secondDatabase.split(":")[1]).isEqualTo(firstDatabase.split(":")[1]);
                assertThat(secondDatabase).isNotEqualTo(firstDatabase);
                try (Statement s = two.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + firstDatabase.split(":")[0] + "'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the first dev database dropped its scratch database").isZero();
                }
            }
            DevDatabase third = dialect.devDatabase(DevSettings.EMBEDDED);
            survivor = third.create();
            third.close();
        }
        // Nobody keeps it and nobody uses it: stopped.
        assertThatThrownBy(() -> database(survivor)).isInstanceOf(java.sql.SQLException.class);
        survivor.close();
    }
}
