package dev.godwit.sqlite;

import dev.godwit.core.runner.HistoryRepairContract;
import dev.godwit.core.testing.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Diagnosis and repair on a real SQLite file (dev database: in memory). */
class SqliteHistoryRepairTest extends HistoryRepairContract {

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
