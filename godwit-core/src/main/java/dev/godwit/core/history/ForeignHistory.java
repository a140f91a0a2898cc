package dev.godwit.core.history;

import dev.godwit.core.message.Message;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Version;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * History tables of other migration tools. godwit recognizes them when it adopts a database,
 * reads where they say the database is, leaves them alone, and leaves them out of every schema
 * comparison and fingerprint.
 */
public final class ForeignHistory {

    /** Table name -> the tool that keeps it. */
    public static final Map<String, String> TABLES = Map.of(
            "alembic_version", "Alembic (Flask-Migrate)",
            "flyway_schema_history", "Flyway",
            "databasechangelog", "Liquibase",
            "databasechangeloglock", "Liquibase");

    /**
     * The first line {@code godwit import liquibase} writes in each migration: the changeset it came
     * from, as {@code DATABASECHANGELOG} names it ({@code file::id::author}).
     */
    public static final String LIQUIBASE_HEADER = "-- liquibase changeset: ";

    private static final Pattern HEADER = Pattern.compile(Pattern.quote(LIQUIBASE_HEADER) + "(.*)::(.*)::(.*)");

    /**
     * Where another tool's history says the database is.
     *
     * @param tool    the tool
     * @param version the newest version it applied, as the migrations number it
     * @param said    the tool's own words for it ({@code flyway_schema_history: version 3})
     */
    public record Position(String tool, Version version, String said) {
    }

    private ForeignHistory() {
    }

    /** The tool whose history tables are among {@code tables}, if any. */
    public static Optional<String> toolOf(List<String> tables) {
        return tables.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).filter(TABLES::containsKey).map(TABLES::get).findFirst();
    }

    private static boolean has(List<String> tables, String name) {
        return tables.stream().anyMatch(t -> t.equalsIgnoreCase(name));
    }

    /**
     * The version Flyway's or Liquibase's history says the database is at, when it says one the
     * migrations know: Flyway's newest successful version; the newest migration imported from a
     * Liquibase changeset that {@code DATABASECHANGELOG} records as run.
     *
     * @throws GodwitException (GW-E523) when Flyway's history holds a failed migration
     */
    public static Optional<Position> position(Connection connection, List<String> tables, LocalMigrations local) throws SQLException {
        if (has(tables, "flyway_schema_history")) {
            return flyway(connection);
        }
        if (has(tables, "databasechangelog")) {
            return liquibase(connection, local);
        }
        return Optional.empty();
    }

    private static Optional<Position> flyway(Connection connection) throws SQLException {
        Version newest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rows.next()) {
                String text = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    throw GodwitException.of(ProblemCode.FOREIGN_HISTORY_FAILED, Message.of("history.foreign-history-failed", "value", text), Message.of("history.foreign-history-failed.next"), Message.of("history.foreign-history-failed.detail"));
                }
                if (Version.isVersion(text)) {
                    Version version = Version.parse(text);
                    newest = newest == null || version.isNewerThan(newest) ? version : newest;
                }
            }
        }
        return newest == null ? Optional.empty() : Optional.of(new Position("Flyway", newest, "flyway_schema_history: version " + newest));
    }

    private static Optional<Position> liquibase(Connection connection, LocalMigrations local) throws SQLException {
        Set<String> ran = new HashSet<>();
        int count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, author FROM databasechangelog")) {
            while (rows.next()) {
                ran.add(rows.getString(1) + "::" + rows.getString(2));
                count++;
            }
        }
        MigrationScript newest = null;
        for (MigrationScript script : local.migrations().versioned()) {
            Optional<String> changeset = changeset(script);
            if (changeset.isPresent() && ran.contains(changeset.get())) {
                newest = script;
            }
        }
        return newest == null ? Optional.empty()
                : Optional.of(new Position("Liquibase", newest.version(), "DATABASECHANGELOG: " + count + " changeset(s) run, the newest of them imported as " + newest.fileName()));
    }

    /** {@code id::author} of the changeset a migration was imported from, read from its first line. */
    static Optional<String> changeset(MigrationScript script) {
        if (script.isJava()) {
            return Optional.empty();
        }
        try (BufferedReader reader = Files.newBufferedReader(script.path(), StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            Matcher matcher = first == null ? null : HEADER.matcher(first.strip());
            return matcher != null && matcher.matches() ? Optional.of(matcher.group(2) + "::" + matcher.group(3)) : Optional.empty();
        } catch (IOException e) {
            throw FileProblems.cannotRead(script.path(), e);
        }
    }
}
