package dev.godwit.postgres;

import dev.godwit.core.generate.RoundTripContract;
import dev.godwit.core.spi.Dialect;

/** The round-trip fixtures of src/test/resources/roundtrip on an embedded PostgreSQL 17. */
class PostgresRoundTripTest extends RoundTripContract {

    @Override
    protected Dialect dialect() {
        return new PostgresDialect();
    }
}
