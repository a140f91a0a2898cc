package dev.godwit.postgres;

import dev.godwit.core.runner.JavaMigrationContract;
import dev.godwit.core.testing.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Java migrations and callbacks on a real (embedded) PostgreSQL, connecting as a password-authenticated role. */
class PostgresJavaMigrationTest extends JavaMigrationContract {

    private String url;

    @Override
    protected Project newProject(Path folder) {
        url = EmbeddedPostgresSupport.newDatabase();
        return new Project(folder, url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Override
    protected Connection inspect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }
}
