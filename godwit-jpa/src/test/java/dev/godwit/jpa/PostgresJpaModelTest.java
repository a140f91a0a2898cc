package dev.godwit.jpa;

import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.Secret;
import dev.godwit.core.testing.Project;
import dev.godwit.postgres.EmbeddedPostgresSupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

class PostgresJpaModelTest extends JpaModelContract {

    private String url;

    @Override
    Project newProject(Path folder) {
        url = EmbeddedPostgresSupport.newDatabase();
        return new Project(folder, url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD)
                .dev(new DevSettings(EmbeddedPostgresSupport.newDatabase(), EmbeddedPostgresSupport.APP_USER,
                        new Secret(EmbeddedPostgresSupport.APP_PASSWORD), "17"));
    }

    @Override
    Connection connect() throws SQLException {
        return EmbeddedPostgresSupport.connect(url);
    }
    @Override
    java.util.Map<String, Object> hibernateConnection() {
        return java.util.Map.of("hibernate.connection.url", url, "hibernate.connection.username", EmbeddedPostgresSupport.APP_USER,
                "hibernate.connection.password", EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Override
    boolean hibernateValidatesItsOwnDdl() {
        return true;
    }
}
