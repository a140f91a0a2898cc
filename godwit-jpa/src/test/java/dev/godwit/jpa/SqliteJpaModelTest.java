package dev.godwit.jpa;

import dev.godwit.core.testing.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

class SqliteJpaModelTest extends JpaModelContract {

    private String url;

    @Override
    Project newProject(Path folder) {
        url = "jdbc:sqlite:" + folder.resolve("odyssee.db");
        return new Project(folder, url, null, null);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }
    @Override
    java.util.Map<String, Object> hibernateConnection() {
        return java.util.Map.of("hibernate.connection.url", url, "hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
    }

    @Override
    boolean hibernateValidatesItsOwnDdl() {
        return false;
    }
}
