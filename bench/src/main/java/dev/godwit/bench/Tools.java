package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Each tool's operations, called the way its documentation shows. */
final class Tools {

    static {
        // Liquibase: no analytics calls, no banner (https://docs.liquibase.com/analytics).
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        // Quiet logs (java.util.logging) so they do not cost console time in one tool only.
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    private Tools() {
    }

    static Godwit godwit(String url, Path migrations) {
        return new Godwit(GodwitConfig.of(new ConnectionSpec(url, "postgres", null), migrations), RunListener.SILENT);
    }

    static void godwitMigrate(String url, Path migrations) {
        godwit(url, migrations).migrate(MigrateOptions.DEFAULT);
    }

    static void godwitStatus(String url, Path migrations) {
        godwit(url, migrations).status();
    }

    static Flyway flyway(String url, Path migrations) {
        return Flyway.configure().dataSource(url, "postgres", null).locations("filesystem:" + migrations)
                .validateMigrationNaming(false).load();
    }

    static void flywayMigrate(String url, Path migrations) {
        flyway(url, migrations).migrate();
    }

    static void flywayInfo(String url, Path migrations) {
        flyway(url, migrations).info().all();
    }

    @SuppressWarnings("deprecation")
    static void liquibaseUpdate(String url, Path changelogDir) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("changelog.sql", new DirectoryResourceAccessor(changelogDir.toFile()), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
    }

    @SuppressWarnings("deprecation")
    static void liquibaseStatus(String url, Path changelogDir) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("changelog.sql", new DirectoryResourceAccessor(changelogDir.toFile()), database)) {
                liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            }
        }
    }

    /** The floor: the same statements, one transaction per migration, no bookkeeping. */
    static void rawApply(String url, List<List<String>> migrations) throws SQLException {
        rawApply(url, "postgres", migrations);
    }

    static void rawApply(String url, String user, List<List<String>> migrations) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (List<String> migration : migrations) {
                for (String sql : migration) {
                    s.execute(sql);
                }
                c.commit();
            }
        }
    }

    /**
     * The floor of a no-op {@code migrate}: the same reads, nothing more. Every file of the
     * directory read and hashed (SHA-256, as godwit and Flyway checksum every file), {@code godwit.sum}
     * read, and every history row read, on one connection. No parsing, no lock, no comparison.
     */
    static void rawNoop(String url, Path migrations) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(migrations)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    sha.update(java.nio.file.Files.readAllBytes(file));
                }
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT installed_rank, kind, version, description, script, checksum, fingerprint,"
                    + " applied_by, applied_at, execution_ms, success, detail FROM godwit_history ORDER BY installed_rank")) {
                while (rs.next()) {
                    for (int i = 1; i <= 12; i++) {
                        rs.getString(i);
                    }
                }
            }
        }
    }

    /** The floor of a status in a fresh process: connect and ask one question. */
    static void rawStatus(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
    }
}
