package dev.godwit.postgres;

import dev.godwit.core.runner.HistoryRepairContract;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Secret;
import dev.godwit.core.testing.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Diagnosis and repair on PostgreSQL; the dev database is another database of the same test server (dev-url). */
class PostgresHistoryRepairTest extends HistoryRepairContract {

    private String url;

    @Override
    protected Project newProject(Path folder) {
        url = EmbeddedPostgresSupport.newDatabase();
        String dev = EmbeddedPostgresSupport.newDatabase();
        return new Project(folder, url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD)
                .dev(new DevSettings(dev, EmbeddedPostgresSupport.APP_USER, new Secret(EmbeddedPostgresSupport.APP_PASSWORD), "17"));
    }

    @Override
    protected Connection inspect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }
}
