package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

class PostgresNotComparedTest extends NotComparedContract {

    private final String url = EmbeddedPostgresSupport.newDatabase();
    private final String devUrl = EmbeddedPostgresSupport.newDatabase();

    @Override
    Map<String, String> environment() {
        return Map.of("GODWIT_URL", url, "GODWIT_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD,
                "GODWIT_DEV_URL", devUrl, "GODWIT_DEV_USER", EmbeddedPostgresSupport.APP_USER, "GODWIT_DEV_PASSWORD", EmbeddedPostgresSupport.APP_PASSWORD);
    }

    @Override
    String unmodelled(int variant) {
        return "CREATE RULE protect AS ON DELETE TO trip WHERE old.id > " + variant + " DO INSTEAD NOTHING";
    }

    @Override
    String dropUnmodelled() {
        return "DROP RULE protect ON trip";
    }

    @Override
    String kind() {
        return "rule";
    }

    @Override
    String name() {
        return "protect on trip";
    }

    @Override
    void executeLive(String sql) throws Exception {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement()) {
            s.execute("SET ROLE " + EmbeddedPostgresSupport.APP_USER);
            s.execute(sql);
        }
    }
}
