package dev.godwit.postgres;

import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresDialectTest {

    @TempDir
    Path folder;

    @Test
    void paasDatabaseUrlsBecomeJdbcUrlsWithSeparateDecodedCredentials() {
        ConnectionSpec spec = new PostgresDialect()
                .fromPlatformUrl("postgres://odyssee:p%40ss%3Aw0rd@db.example.com:6543/trips?sslmode=require").orElseThrow();
        assertThat(spec.url()).isEqualTo("jdbc:postgresql://db.example.com:6543/trips?sslmode=require");
        assertThat(spec.user()).isEqualTo("odyssee");
        assertThat(spec.password().reveal()).isEqualTo("p@ss:w0rd");
        assertThat(spec.toString()).doesNotContain("p@ss");

        ConnectionSpec noPort = new PostgresDialect().fromPlatformUrl("postgresql://u@host/db").orElseThrow();
        assertThat(noPort.url()).isEqualTo("jdbc:postgresql://host:5432/db");
        assertThat(noPort.password()).isNull();

        assertThat(new PostgresDialect().fromPlatformUrl("mysql://u@host/db")).isEmpty();
        assertThatThrownBy(() -> new PostgresDialect().fromPlatformUrl("postgres://u:p@host:5432")).hasMessageContaining("names no database");
    }

    @Test
    void aMigrationBlockedByALongLockIsRolledBackAndRetriedUntilTheLockIsFree() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        Project project = new Project(folder, url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD)
                .settings(new RunSettings(Duration.ofMillis(200), 5, Duration.ofSeconds(30)));
        project.add("V1__trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.add("V2__add_title.sql", "ALTER TABLE trip ADD COLUMN title VARCHAR(100);\n");

        List<String> retries = new CopyOnWriteArrayList<>();
        try (Connection holder = EmbeddedPostgresSupport.connect(url); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE trip IN ACCESS SHARE MODE"); // a long-running read: ALTER TABLE must wait for it
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                sleep(900);
                try {
                    holder.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            project.godwit(new RunListener() {
                @Override
                public void retrying(MigrationScript script, int attempt, Duration delay, dev.godwit.core.message.Message reason) {
                    retries.add(script.fileName() + " " + attempt + " " + reason);
                }
            }).migrate(MigrateOptions.DEFAULT);
            release.get(5, TimeUnit.SECONDS);
        }
        assertThat(retries).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("V2__add_title.sql")
                .contains("waited 200 ms for a lock: backend pid").contains("holds AccessShareLock on trip"));
        assertThat(retries.get(0)).startsWith("V2__add_title.sql 1 ");
        assertThat(project.godwit().status().current()).map(Object::toString).contains("2");
    }

    @Test
    void aWaitingRunSaysWhichBackendHoldsTheLock() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        Project project = new Project(folder, url, EmbeddedPostgresSupport.APP_USER, EmbeddedPostgresSupport.APP_PASSWORD);
        project.add("V1__slow.sql", "CREATE TABLE slow (id INTEGER);\nSELECT pg_sleep(1.5);\n");

        List<String> heard = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> project.godwit().migrate(MigrateOptions.DEFAULT).applied().size());
        awaitRunning(url);
        int second = project.godwit(new RunListener() {
            @Override
            public void waiting(String holder) {
                heard.add(holder);
            }
        }).migrate(MigrateOptions.DEFAULT).applied().size();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(heard).singleElement().satisfies(h -> assertThat(h).matches("backend pid \\d+, application_name godwit.*"));
    }

    private static void awaitRunning(String url) throws SQLException {
        for (int i = 0; i < 100; i++) {
            try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            sleep(50);
        }
        throw new IllegalStateException("the first run never started");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
