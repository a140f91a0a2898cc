package dev.godwit.sqlite;

import dev.godwit.core.runner.JavaMigrationContract;
import dev.godwit.core.testing.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Java migrations and callbacks on a real SQLite file. */
class SqliteJavaMigrationTest extends JavaMigrationContract {

    private String url;

    @Override
    protected Project newProject(Path folder) {
        url = "jdbc:sqlite:" + folder.resolve("odyssee.db");
        return new Project(folder, url, null, null);
    }

    @Override
    protected Connection inspect() throws SQLException {
        return DriverManager.getConnection(url);
    }
}
