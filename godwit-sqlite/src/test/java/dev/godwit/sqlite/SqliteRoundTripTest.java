package dev.godwit.sqlite;

import dev.godwit.core.generate.RoundTripContract;
import dev.godwit.core.spi.Dialect;

/** The round-trip fixtures of src/test/resources/roundtrip on SQLite. */
class SqliteRoundTripTest extends RoundTripContract {

    @Override
    protected Dialect dialect() {
        return new SqliteDialect();
    }
}
