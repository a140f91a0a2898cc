package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialect;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.trace.MigrationTraces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 16: the lock trace of a 20-statement migration on a warm dev database (a running server named
 * by dev-url), against the floor: the same statements run in one transaction and rolled back by raw
 * JDBC on a database that already holds the schema.
 */
final class TraceBench {

    static final int TABLES = 20;
    static final int ROWS = 1000;

    private TraceBench() {
    }

    /** 20 tables of 1,000 rows each. */
    static String schema() {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= TABLES; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, a integer, b text);\n");
            sql.append("INSERT INTO t").append(i).append(" SELECT g, g, 'row ' || g FROM generate_series(1, ").append(ROWS).append(") g;\n");
        }
        return sql.toString();
    }

    /** 20 statements of the kinds migrations hold: new columns, indexes, type changes, checks, NOT NULL, a foreign key. */
    static List<String> statements() {
        List<String> s = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            s.add("ALTER TABLE t" + i + " ADD COLUMN c integer");
        }
        for (int i = 6; i <= 10; i++) {
            s.add("CREATE INDEX t" + i + "_a_idx ON t" + i + " (a)");
        }
        for (int i = 11; i <= 14; i++) {
            s.add("ALTER TABLE t" + i + " ALTER COLUMN a TYPE bigint");
        }
        for (int i = 15; i <= 16; i++) {
            s.add("ALTER TABLE t" + i + " ADD CONSTRAINT t" + i + "_a_positive CHECK (a > 0) NOT VALID");
            s.add("ALTER TABLE t" + i + " VALIDATE CONSTRAINT t" + i + "_a_positive");
        }
        s.add("ALTER TABLE t18 ALTER COLUMN b SET NOT NULL");
        s.add("ALTER TABLE t19 ADD CONSTRAINT t19_a_fk FOREIGN KEY (a) REFERENCES t20 (id) NOT VALID");
        return s;
    }

    /** @return milliseconds: {godwit's trace, raw JDBC running the statements and rolling back} */
    static double[] measure(String devUrl, String floorUrl, Path work, int warmup, int runs) throws Exception {
        Path project = Files.createTempDirectory(work, "trace-");
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__tables.sql"), schema());
        Path v2 = Files.writeString(migrations.resolve("V2__changes.sql"), String.join(";\n", statements()) + ";\n");
        dev.godwit.core.runner.Godwit.hash(migrations);
        GodwitConfig config = GodwitConfig.of(new ConnectionSpec(null, null, null), migrations).withDialect("postgresql")
                .withDev(new DevSettings(devUrl, "postgres", null, null));
        Dialect dialect = Dialects.resolve("postgresql", null);
        double trace = Measure.median(warmup, runs, Measure.nothing(), () -> {
            List<MigrationTraces.MigrationTrace> traces = MigrationTraces.of(config, dialect, List.of(v2));
            if (traces.get(0).statements().size() != statements().size()) {
                throw new IllegalStateException("the trace stopped early: " + traces.get(0).statements());
            }
        });
        try (Connection c = DriverManager.getConnection(floorUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            for (String statement : schema().split(";\n")) {
                s.execute(statement);
            }
        }
        double floor = Measure.median(warmup, runs, Measure.nothing(), () -> {
            try (Connection c = DriverManager.getConnection(floorUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                for (String statement : statements()) {
                    s.execute(statement);
                }
                c.rollback();
            }
        });
        return new double[]{trace, floor};
    }
}
