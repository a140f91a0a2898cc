package dev.godwit.core.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * History tables of other migration tools. godwit recognizes them when it adopts a database,
 * leaves them alone, and leaves them out of every schema comparison and fingerprint.
 */
public final class ForeignHistory {

    /** Table name -> the tool that keeps it. */
    public static final Map<String, String> TABLES = Map.of(
            "alembic_version", "Alembic (Flask-Migrate)",
            "flyway_schema_history", "Flyway",
            "databasechangelog", "Liquibase",
            "databasechangeloglock", "Liquibase");

    private ForeignHistory() {
    }

    /** The tool whose history tables are among {@code tables}, if any. */
    public static Optional<String> toolOf(List<String> tables) {
        return tables.stream().filter(TABLES::containsKey).map(TABLES::get).findFirst();
    }
}
