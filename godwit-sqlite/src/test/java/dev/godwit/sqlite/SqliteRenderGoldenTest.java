package dev.godwit.sqlite;

import dev.godwit.core.plan.RenderGoldenContract;
import dev.godwit.core.spi.Dialect;

/** The shared cases rendered for SQLite: what it cannot alter in place is rebuilt. */
class SqliteRenderGoldenTest extends RenderGoldenContract {

    @Override
    protected Dialect dialect() {
        return new SqliteDialect();
    }
}
