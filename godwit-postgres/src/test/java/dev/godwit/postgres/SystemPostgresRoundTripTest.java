package dev.godwit.postgres;

import dev.godwit.core.generate.RoundTripContract;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Dialect;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;

/**
 * The round trip of what the embedded dev database cannot load — contrib extensions — on the
 * system's PostgreSQL (Debian's postgresql-15 carries contrib), given to godwit as {@code dev-url}:
 * godwit makes a scratch database there per load. Skipped with a message where there is none.
 */
class SystemPostgresRoundTripTest extends RoundTripContract {

    @Override
    protected Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    protected Path fixtures() {
        return Path.of("src/test/resources/roundtrip-system");
    }

    @Override
    protected int minimumFixtures() {
        return 4;
    }

    @Override
    protected DevSettings devSettings() {
        var bin = SystemPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "skipped: no PostgreSQL with contrib under /usr/lib/postgresql (apt-get install postgresql-15)");
        try {
            SystemPostgres server = SystemPostgres.start(bin.get());
            return new DevSettings(server.url("postgres"), "postgres", null, null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the system PostgreSQL", e);
        }
    }
}
